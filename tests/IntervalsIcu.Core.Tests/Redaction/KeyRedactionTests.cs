using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Athletes;
using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Redaction;

/// <summary>
/// Drives every code path that can see the key (success, each refusal, retries, network failure,
/// diagnostics, hygiene fixes) and checks everything a user could see: log messages, exception
/// messages and hints, ToString, the diagnostics' text and the session serialized to JSON.
/// </summary>
public sealed class KeyRedactionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task NoCodePath_RevealsTheKeyItsBase64OrTheHeader()
    {
        var key = DemoData.DemoApiKey;
        var seen = new List<string>();
        var log = new CapturingLog();

        using (var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, " '" + key + "'\n"), log))
        {
            seen.Add(session.ToString());
            seen.Add(session.Client.Credential.ToString());
            seen.Add(JsonSerializer.Serialize(new { session.AthleteId, session.AthleteName, session.KeyFingerprint, session.AuthScheme, session.BaseUri, session.Scopes }));
            seen.AddRange((await AuthDiagnostics.RunAsync(session, log, CancellationToken.None)).Select(c => c.ToString()));
            emulator.Faults.FailNext(2, 503);
            emulator.Faults.DropNext(1);
            seen.AddRange((await AuthDiagnostics.RunAsync(session, log, CancellationToken.None)).Select(c => c.ToString()));
        }

        await Capture(() => Connect.SessionAsync(Connect.WithToken(emulator.BaseUri, key), log), seen);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, key, "i999999"), log), seen);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, key, DemoData.DemoAthleteId[1..]), log), seen);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, key + "x"), log), seen);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(new Uri("http://127.0.0.1:9/"), key), log), seen);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, "Bearer " + key.Insert(5, " ")), log), seen);
        await Capture(() => Connect.SessionAsync(IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secrets.Secure(key)), key, emulator.BaseUri.ToString()), log), seen);
        await Capture(() => Connect.SessionAsync(IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secrets.Secure(key)), null, $"https://API_KEY:{key}@intervals.icu"), log), seen);
        await Capture(() => Connect.SessionAsync(IcuConnectionSettings.Check(IcuCredentialInput.FromUserNameAndPassword(key, Secrets.Secure("nope")), null, emulator.BaseUri.ToString()), log), seen);
        emulator.Faults.FailNext(20, 429);
        await Capture(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, key), log), seen);
        emulator.Faults.Reset();
        seen.AddRange((await AuthDiagnostics.RunAsync(Connect.WithToken(emulator.BaseUri, key, "i999999"), TestOptions.Fast, log, CancellationToken.None)).Select(c => c.ToString()));
        seen.AddRange(log.Entries.Select(e => e.Message));

        Assert.NotEmpty(log.Entries);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("API_KEY:" + key));
        foreach (var text in seen)
        {
            Assert.DoesNotContain(key, text, StringComparison.Ordinal);
            Assert.DoesNotContain(base64, text, StringComparison.Ordinal);
            Assert.DoesNotContain(key[..12], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Athlete_ServerSendsIcuApiKey_KeyReachesNoPropertyCustomFieldOrJson()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

        var athlete = await AthleteReader.GetAsync(session, "0", new CapturingLog(), CancellationToken.None);

        Assert.Contains(emulator.Requests.All, r => r.Path.EndsWith("/athlete/0", StringComparison.Ordinal) && r.StatusCode == 200);
        var texts = typeof(IcuAthlete).GetProperties()
            .Select(p => p.GetValue(athlete)?.ToString())
            .Concat(athlete.GetCustomFields().Select(f => f.Key + "=" + f.Value.GetRawText()))
            .Append(JsonSerializer.Serialize(athlete, IcuModelJsonContext.Default.IcuAthlete));
        Assert.All(texts, text => Assert.DoesNotContain(DemoData.DemoApiKey, text ?? string.Empty, StringComparison.Ordinal));
    }

    private static async Task Capture(Func<Task<IcuSession>> connect, List<string> seen)
    {
        try
        {
            using var session = await connect();
            seen.Add(session.ToString());
        }
        catch (IcuException exception)
        {
            for (Exception? e = exception; e is not null; e = e.InnerException)
            {
                seen.Add(e.ToString());
            }

            seen.Add(exception.FixHint);
        }
    }
}
