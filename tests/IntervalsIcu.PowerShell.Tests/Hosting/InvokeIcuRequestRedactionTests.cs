using System.Text;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Faults;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// Invoke-IcuRequest through its error paths (checks before sending, 401, 403, 404, a 503 that is
/// retried, an answer that holds the key) with -Verbose and -Debug on: no stream, error record, error
/// detail, target object or exception (ToString and properties) holds the key, its Basic header form,
/// or the token of a bearer session.
/// </summary>
public sealed class InvokeIcuRequestRedactionTests(HostedEmulatorFixture fixture) : IClassFixture<HostedEmulatorFixture>
{
    private const string UnknownToken = "emu0oauth0unknown000000000000099";

    public static TheoryData<string, string> Commands() => new()
    {
        { "Invoke-IcuRequest -Operation getAthlete | ConvertTo-Json -Depth 20", "\"name\"" },
        { "Invoke-IcuRequest -Operation getAthlete -Raw", "\"name\"" },
        { "Invoke-IcuRequest -Method GET -Path '/athlete/0/no-such-thing'", "IcuUnknownRequestPath" },
        { "Invoke-IcuRequest -Operation getAthleet", "IcuUnknownOperation" },
        { "Invoke-IcuRequest -Operation createGear -Body '{nope'", "IcuRequestBodyInvalid" },
        { "Invoke-IcuRequest -Operation getActivity -PathParameter @{ id = 'i1' }", "IcuNotFound" },
        { "Invoke-IcuRequest -Operation listGear -AthleteId i999999", "IcuAccessDenied" },
        { "Invoke-IcuRequest -Operation disconnectApp -Confirm:$false", "IcuAuthenticationFailed" },
        { "$s = Connect-Icu -AccessToken $UnknownToken -BaseUri $BaseUri -SkipValidation -PassThru; Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri; Invoke-IcuRequest -Operation listGear -Session $s", "IcuAuthenticationFailed" },
        { "$Requests.GetType() | Out-Null; Invoke-IcuRequest -Operation listGear | Select-Object -First 1 | ConvertTo-Json", "\"id\"" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void InvokeIcuRequest_ErrorAndSuccessPaths_NeverShowTheKey(string command, string expected)
    {
        var server = fixture.Fresh();
        if (command.Contains("listGear | Select-Object", StringComparison.Ordinal))
        {
            // A retried 503 adds the retry's verbose line to what is checked.
            server.Faults.FailNext(1, 503, "/gear");
        }

        RunAndCheckNoSecretIsShown(command, expected);
    }

    [Theory]
    [InlineData(CredentialEchoShape.JsonRawKey)]
    [InlineData(CredentialEchoShape.JsonPair)]
    [InlineData(CredentialEchoShape.TextHeader)]
    [InlineData(CredentialEchoShape.TextBase64)]
    [InlineData(CredentialEchoShape.HtmlTitle)]
    public void InvokeIcuRequest_ServerEchoingTheCredential_NeverShowsIt(CredentialEchoShape shape)
    {
        fixture.Fresh().Faults.EchoCredentialNext(1, 400, shape, "/gear");

        // The server's text reaches the error, with the credential masked in it.
        RunAndCheckNoSecretIsShown("Invoke-IcuRequest -Operation listGear", "[redacted]");
    }

    private void RunAndCheckNoSecretIsShown(string command, string expected)
    {
        fixture.Module.SetVariable("UnknownToken", Secrets.Secure(UnknownToken));
        var run = fixture.Module.Run($$"""
            $VerbosePreference = 'Continue'
            $DebugPreference = 'Continue'
            $Error.Clear()
            $all = & { try { {{command}} } catch { $_ } } *>&1
            foreach ($item in $all) {
                $item | Out-String -Width 500
                if ($item -is [System.Management.Automation.ErrorRecord]) {
                    $item.FullyQualifiedErrorId
                    $item.Exception.ToString()
                    $item.Exception | Format-List * -Force | Out-String -Width 500
                    "$($item.ErrorDetails) $($item.ErrorDetails.RecommendedAction)"
                    "$($item.TargetObject)"
                }
            }

            foreach ($record in $Error) {
                $record.Exception.ToString()
                $record | Format-List * -Force | Out-String -Width 500
            }
            """);

        Assert.Null(run.Terminating);
        var seen = string.Join("\n", run.Output.Select(o => o?.ToString())) + string.Join("\n", run.Warnings);
        Assert.Contains(expected, seen, StringComparison.Ordinal);
        foreach (var secret in new[] { DemoData.DemoApiKey, UnknownToken, Convert.ToBase64String(Encoding.UTF8.GetBytes("API_KEY:" + DemoData.DemoApiKey)) })
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }
    }
}
