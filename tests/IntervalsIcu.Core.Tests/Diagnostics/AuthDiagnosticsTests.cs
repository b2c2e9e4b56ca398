using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Diagnostics.AuthCheckNames;

namespace IntervalsIcu.Core.Tests.Diagnostics;

/// <summary>Test-IcuAuth's engine: one test per cause users hit (api-forum-facts §1–2).</summary>
public sealed class AuthDiagnosticsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task Diagnose_GoodKey_PassesEverythingAndSkipsScopes()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

        Assert.True(AuthDiagnostics.Passed(checks));
        Assert.Equal(IcuCheckResult.Pass, Find(checks, KeyAccepted).Result);
        Assert.Contains(DemoData.DemoAthleteId, Find(checks, KeyAccepted).Observed, StringComparison.Ordinal);
        Assert.Equal(IcuCheckResult.Skip, Find(checks, ActivitiesReadable).Result);
        Assert.DoesNotContain(emulator.Requests.All, r => r.Method != "GET");
    }

    [Fact]
    public async Task Diagnose_NoCredential_FailsPresenceAndSkipsTheServer()
    {
        var checks = await RunAsync(IcuConnectionSettings.Check(null, null, emulator.BaseUri.ToString()));

        Assert.Equal(IcuCheckResult.Fail, Find(checks, CredentialPresent).Result);
        Assert.Equal(IcuCheckResult.Skip, Find(checks, KeyAccepted).Result);
        Assert.Equal(0, emulator.Requests.Count());
        Assert.False(AuthDiagnostics.Passed(checks));
    }

    [Fact]
    public async Task Diagnose_KeyWithSpacesAndQuotes_WarnsAndStillProvesTheKey()
    {
        // FAQ t/123707 post 4: stray spaces.
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, " \"" + DemoData.DemoApiKey + "\" "));

        Assert.Equal(IcuCheckResult.Warn, Find(checks, KeyCleanliness).Result);
        Assert.Equal(IcuCheckResult.Pass, Find(checks, KeyAccepted).Result);
        Assert.True(AuthDiagnostics.Passed(checks));
    }

    [Theory]
    [InlineData("i100001")]
    [InlineData("API_KEY")]
    [InlineData("alex@example.com")]
    public async Task Diagnose_KeyThatIsAnAthleteIdTheUserNameOrAnEmail_FailsShapeWithoutAsking(string wrong)
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, wrong));

        Assert.Equal(IcuCheckResult.Fail, Find(checks, KeyShape).Result);
        Assert.NotNull(Find(checks, KeyShape).Fix);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Diagnose_KeyWithSpaceInside_FailsCleanliness()
    {
        var key = DemoData.DemoApiKey.Insert(10, " ");

        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, key));

        Assert.Equal(IcuCheckResult.Fail, Find(checks, KeyCleanliness).Result);
    }

    [Fact]
    public async Task Diagnose_SwappedPSCredential_WarnsOnTheUserName()
    {
        var settings = IcuConnectionSettings.Check(
            IcuCredentialInput.FromUserNameAndPassword(DemoData.DemoApiKey, Secrets.Secure("API_KEY")), null, emulator.BaseUri.ToString());

        var checks = await RunAsync(settings);

        Assert.Equal(IcuCheckResult.Warn, Find(checks, CredentialUserName).Result);
        Assert.Equal(IcuCheckResult.Pass, Find(checks, KeyAccepted).Result);
    }

    [Fact]
    public async Task Diagnose_PersonalKeySentAsBearer_FailsAuthSchemeAndNamesTheFix()
    {
        var checks = await RunAsync(Connect.WithToken(emulator.BaseUri, DemoData.DemoApiKey));

        var scheme = Find(checks, AuthScheme);
        Assert.Equal(IcuCheckResult.Fail, scheme.Result);
        Assert.Contains("Bearer", scheme.Fix, StringComparison.Ordinal);
        Assert.Contains("-ApiKey", scheme.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(429)]
    [InlineData(422)]
    public async Task Diagnose_ServerFailingOnTheAthlete_DoesNotBlameTheKey(int status)
    {
        emulator.Faults.FailNext(200, status, "/athlete/0");

        var checks = await AuthDiagnostics.RunAsync(
            Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), TestOptions.Fast with { Retry = TestOptions.Fast.Retry with { MaxAttempts = 1, TotalTimeCap = TimeSpan.FromSeconds(1) } },
            new CapturingLog(), CancellationToken.None);

        var accepted = Find(checks, KeyAccepted);
        Assert.DoesNotContain("refused", accepted.Observed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("copy it again", accepted.Fix ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), accepted.Observed, StringComparison.Ordinal);
        Assert.Contains("says nothing about the key", accepted.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_Loopback_SaysItIsReachedDirectlyNeverThroughAProxy()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

        var proxy = Find(checks, Proxy);
        Assert.Equal(IcuCheckResult.Pass, proxy.Result);
        Assert.Contains("loopback is always reached directly", proxy.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_UnknownKey_FailsKeyAcceptedWithRegenerationHint()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, "zzzzzzzzzzzzzzzzzzzzzzzz"));

        var accepted = Find(checks, KeyAccepted);
        Assert.Equal(IcuCheckResult.Fail, accepted.Result);
        Assert.Contains("403", accepted.Observed, StringComparison.Ordinal);
        Assert.Contains("Developer Settings", accepted.Fix, StringComparison.Ordinal);
        Assert.Equal(IcuCheckResult.Skip, Find(checks, AthleteIdMatchesKey).Result);
    }

    [Fact]
    public async Task Diagnose_MismatchedAthleteId_SaysWhichAthleteTheKeyBelongsTo()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey, "i999999"));

        var match = Find(checks, AthleteIdMatchesKey);
        Assert.Equal(IcuCheckResult.Fail, match.Result);
        Assert.Contains($"belongs to {DemoData.DemoAthleteId}, not to i999999", match.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_CoachedAthlete_Passes()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey, DemoData.DemoAthleteId));

        Assert.Equal(IcuCheckResult.Pass, Find(checks, AthleteIdMatchesKey).Result);
    }

    [Fact]
    public async Task Diagnose_MalformedAthleteId_FailsFormatAndSkipsTheServer()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey, "alex"));

        Assert.Equal(IcuCheckResult.Fail, Find(checks, AthleteIdFormat).Result);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Diagnose_InsecureBaseUri_FailsBaseUri()
    {
        var settings = IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secrets.Secure(DemoData.DemoApiKey)), null, "http://example.com");

        var checks = await RunAsync(settings);

        Assert.Equal(IcuCheckResult.Fail, Find(checks, BaseUri).Result);
        Assert.Contains("https", Find(checks, BaseUri).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_UnreachableServer_FailsReachableAndSkipsTheRest()
    {
        var checks = await RunAsync(Connect.WithKey(new Uri("http://127.0.0.1:9/"), DemoData.DemoApiKey));

        Assert.Equal(IcuCheckResult.Fail, Find(checks, ServerReachable).Result);
        Assert.Equal(IcuCheckResult.Skip, Find(checks, KeyAccepted).Result);
    }

    [Fact]
    public async Task Diagnose_TokenWithReadScopes_PassesEachArea()
    {
        var checks = await RunAsync(Connect.WithToken(emulator.BaseUri, DemoData.ReadAllToken));

        Assert.Equal(IcuCheckResult.Pass, Find(checks, ActivitiesReadable).Result);
        Assert.Equal(IcuCheckResult.Pass, Find(checks, WellnessReadable).Result);
        Assert.Equal(IcuCheckResult.Pass, Find(checks, CalendarReadable).Result);
        Assert.Equal(IcuCheckResult.Skip, Find(checks, WriteScopes).Result);
        Assert.Contains("writing", Find(checks, WriteScopes).Observed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_TokenWithoutScopes_NamesEachMissingScope()
    {
        var checks = await RunAsync(Connect.WithToken(emulator.BaseUri, DemoData.NoScopeToken));

        Assert.Equal(IcuCheckResult.Pass, Find(checks, KeyAccepted).Result);
        Assert.Contains("ACTIVITY:READ", Find(checks, ActivitiesReadable).Fix, StringComparison.Ordinal);
        Assert.Contains("WELLNESS:READ", Find(checks, WellnessReadable).Fix, StringComparison.Ordinal);
        Assert.Contains("CALENDAR:READ", Find(checks, CalendarReadable).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_TokenGivenAsApiKey_SaysUseAccessToken()
    {
        var checks = await RunAsync(Connect.WithKey(emulator.BaseUri, DemoData.ReadAllToken));

        Assert.Contains("-AccessToken", Find(checks, AuthScheme).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_Session_UsesTheSessionsOwnSettings()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

        var checks = await AuthDiagnostics.RunAsync(session, new CapturingLog(), CancellationToken.None);

        Assert.True(AuthDiagnostics.Passed(checks));
        Assert.Equal(IcuCheckResult.Pass, Find(checks, KeyAccepted).Result);
    }

    [Fact]
    public async Task Diagnose_EveryCheckHasAFixWhenItFailsOrWarns()
    {
        var checks = await RunAsync(Connect.WithToken(emulator.BaseUri, " " + DemoData.DemoApiKey, "i999999"));

        Assert.All(checks.Where(c => c.Result is IcuCheckResult.Fail or IcuCheckResult.Warn), c => Assert.False(string.IsNullOrWhiteSpace(c.Fix)));
    }

    private static Task<IReadOnlyList<IcuAuthCheck>> RunAsync(IcuConnectionSettings settings) =>
        AuthDiagnostics.RunAsync(settings, TestOptions.Fast, new CapturingLog(), CancellationToken.None);

    private static IcuAuthCheck Find(IReadOnlyList<IcuAuthCheck> checks, string name) => Assert.Single(checks, c => c.Name == name);
}
