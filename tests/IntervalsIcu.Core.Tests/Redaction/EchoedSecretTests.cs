using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Athletes;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Faults;

namespace IntervalsIcu.Core.Tests.Redaction;

/// <summary>
/// A server (or proxy) that echoes the credential back: in an error body as JSON, text or an HTML
/// title; as the raw key, <c>API_KEY:key</c>, its base64 or the whole Bearer header; or in extra
/// response fields. Nothing it echoes may reach a message, a hint, a check or a model (issue 9 §2).
/// </summary>
public sealed class EchoedSecretTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    public static TheoryData<CredentialEchoShape, int, bool> EchoCases()
    {
        var cases = new TheoryData<CredentialEchoShape, int, bool>();
        foreach (var shape in Enum.GetValues<CredentialEchoShape>())
        {
            cases.Add(shape, 500, false);
            cases.Add(shape, 422, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(EchoCases))]
    public async Task ErrorBodyEchoingTheCredential_ReachesNoMessageOrHint(CredentialEchoShape shape, int status, bool token)
    {
        var secret = token ? DemoData.ReadAllToken : DemoData.DemoApiKey;
        emulator.Faults.EchoCredentialNext(1, status, shape, "/athlete/0/profile");
        using var client = new IcuApiClient(
            emulator.BaseUri, IcuCredential.Check(Secrets.Secure(secret), token ? IcuAuthScheme.AccessToken : IcuAuthScheme.ApiKey).GetValueOrThrow(),
            TestOptions.Fast with { Retry = TestOptions.Fast.Retry with { MaxAttempts = 1 } });

        var error = await Assert.ThrowsAnyAsync<IcuApiException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0", "profile")), new CapturingLog(), CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.NotNull(error.ServerMessage);
        AssertNoSecret(secret, error.ToString(), error.Message, error.FixHint, error.ServerMessage);
    }

    [Theory]
    [InlineData(CredentialEchoShape.JsonRawKey)]
    [InlineData(CredentialEchoShape.TextHeader)]
    [InlineData(CredentialEchoShape.HtmlTitle)]
    public async Task RefusalEchoingTheKey_ReachesNeitherConnectNorTestIcuAuth(CredentialEchoShape shape)
    {
        var log = new CapturingLog();
        emulator.Faults.EchoCredentialNext(50, 403, shape);
        var connect = await Assert.ThrowsAnyAsync<IcuApiException>(() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log));
        emulator.Faults.Reset();
        emulator.Faults.EchoCredentialNext(50, 401, shape);
        var checks = await AuthDiagnostics.RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), TestOptions.Fast, log, CancellationToken.None);

        Assert.Contains(checks, check => check.Result == IcuCheckResult.Fail);
        AssertNoSecret(
            DemoData.DemoApiKey,
            [connect.ToString(), connect.FixHint, .. checks.Select(check => check.Observed + " " + check.Fix), .. log.Entries.Select(entry => entry.Message)]);
    }

    [Fact]
    public async Task ResponseFieldsEchoingTheKey_AreDroppedFromTheModel()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));
        emulator.Faults.EchoCredentialFieldsNext(1, "/athlete/0");

        var athlete = await AthleteReader.GetAsync(session, "0", new CapturingLog(), CancellationToken.None);

        Assert.Equal(DemoData.DemoAthleteId, athlete.Id);
        var fields = athlete.GetCustomFields();
        Assert.DoesNotContain("api_key", fields.Keys);
        Assert.DoesNotContain("strava_access_token", fields.Keys);
        Assert.DoesNotContain("echo", fields.Keys);
        AssertNoSecret(DemoData.DemoApiKey, JsonSerializer.Serialize(athlete, IcuModelJsonContext.Default.IcuAthlete));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StreamedItemsEchoingTheToken_LoseThoseFields(bool itemReader)
    {
        // The echoed-secret watch is an AsyncLocal: it must be in force while the serializer or the item reader runs.
        using var client = new IcuApiClient(emulator.BaseUri, IcuCredential.Check(Secrets.Secure(DemoData.CoachApiKey), IcuAuthScheme.ApiKey).GetValueOrThrow(), TestOptions.Fast);
        emulator.Faults.EchoCredentialFieldsNext(1, "/athletes");
        var request = IcuRequest.Get(IcuRequest.ApiPath("athletes"));
        var typeInfo = IcuModelJsonContext.Default.IcuCoachedAthlete;

        var athletes = new List<IcuCoachedAthlete>();
        await foreach (var athlete in itemReader
            ? client.StreamJsonArrayAsync(request, TypeInfoItemReader.For(typeInfo), new CapturingLog(), CancellationToken.None)
            : client.StreamJsonArrayAsync(request, typeInfo, new CapturingLog(), CancellationToken.None))
        {
            athletes.Add(athlete);
        }

        Assert.NotEmpty(athletes);
        AssertNoSecret(DemoData.CoachApiKey, [.. athletes.Select(a => JsonSerializer.Serialize(a, IcuModelJsonContext.Default.IcuCoachedAthlete))]);
    }

    [Fact]
    public async Task StreamedActivitiesEchoingTheToken_LoseThoseFields_WithTheGeneratedReader()
    {
        using var client = new IcuApiClient(emulator.BaseUri, IcuCredential.Check(Secrets.Secure(DemoData.DemoApiKey), IcuAuthScheme.ApiKey).GetValueOrThrow(), TestOptions.Fast);
        emulator.Faults.EchoCredentialFieldsNext(1, "/activities");
        var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId, "activities"), ("oldest", "2000-01-01"));

        var activities = await client.StreamJsonArrayAsync(request, IcuActivityJsonReader.ItemReader, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.NotEmpty(activities);
        AssertNoSecret(DemoData.DemoApiKey, [.. activities.Select(a => JsonSerializer.Serialize(a, IcuModelJsonContext.Default.IcuActivity))]);
    }

    private static void AssertNoSecret(string secret, params string?[] texts)
    {
        var forms = new[]
        {
            secret,
            Convert.ToBase64String(Encoding.UTF8.GetBytes("API_KEY:" + secret)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
            secret[..12],
        };
        foreach (var text in texts)
        {
            foreach (var form in forms)
            {
                Assert.DoesNotContain(form, text ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }
}
