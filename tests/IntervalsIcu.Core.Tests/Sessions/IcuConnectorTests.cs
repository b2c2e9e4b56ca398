using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Sessions;

/// <summary>Connecting: each forum failure (api-forum-facts §1–2) ends in an error that names its cause.</summary>
public sealed class IcuConnectorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task Connect_ValidKeyWithAthleteZero_LearnsTheKeysAthleteAndTimeZoneInOneCall()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

        Assert.Equal(DemoData.DemoAthleteId, session.AthleteId);
        Assert.Equal(DemoData.DemoAthleteId, session.KeyAthleteId);
        Assert.False(string.IsNullOrEmpty(session.AthleteName));
        Assert.Equal("Europe/Berlin", session.TimeZone);
        Assert.True(session.Validated);
        Assert.Equal(1, emulator.Requests.Count());
    }

    [Fact]
    public async Task Connect_KeyWithStraySpaces_ConnectsAndWarns()
    {
        var log = new CapturingLog();

        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, "  " + DemoData.DemoApiKey + "\r\n"), log);

        Assert.Equal(DemoData.DemoAthleteId, session.AthleteId);
        Assert.NotEmpty(log.Warnings);
    }

    [Fact]
    public async Task Connect_PersonalKeyGivenAsAccessToken_SaysBearerIsOnlyForOAuth()
    {
        // Forum t/609 post 480: the key sent as Bearer gets 403 Access denied.
        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => Connect.SessionAsync(Connect.WithToken(emulator.BaseUri, DemoData.DemoApiKey)));

        Assert.Equal("IcuAccessDenied", error.ErrorId);
        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
        Assert.Contains("-ApiKey", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_AccessTokenGivenAsApiKey_SaysUseAccessToken()
    {
        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.ReadAllToken)));

        Assert.Contains("-AccessToken", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_AnotherAthletesId_SaysWhoseKeyItIs()
    {
        // Forum t/609 page 29, t/123106: a mismatched key and athlete id.
        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey, DemoData.CoachAthleteId)));

        Assert.Contains($"belongs to {DemoData.DemoAthleteId}, not to {DemoData.CoachAthleteId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("-AthleteId 0", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_IdWithoutItsLeadingI_SaysToAddTheI()
    {
        var digits = DemoData.DemoAthleteId[1..];

        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey, digits)));

        Assert.Contains("leading i", error.Message, StringComparison.Ordinal);
        Assert.Contains($"-AthleteId {DemoData.DemoAthleteId}", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_AllDigitAthleteId_IsAcceptedWhenItIsReal()
    {
        // mvilanova/intervals-mcp-server #40: some real ids have no leading i.
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DigitsApiKey, DemoData.DigitsAthleteId));

        Assert.Equal(DemoData.DigitsAthleteId, session.AthleteId);
    }

    [Fact]
    public async Task Connect_CoachWithCoachedAthletesId_ReadsThatAthlete()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey, DemoData.CoachedRunnerId));

        Assert.Equal(DemoData.CoachedRunnerId, session.AthleteId);
        Assert.Null(session.KeyAthleteId);
    }

    [Fact]
    public async Task Connect_RegeneratedKey_SaysCopyTheCurrentKey()
    {
        // t/123106: the developer regenerated a key that was posted publicly; the old one stops working.
        const string oldKey = "o1d2k3e4y5r6e7g8e9n0e1r2";
        emulator.State.AddApiKey(DemoData.DemoAthleteId, oldKey);
        emulator.State.RevokeApiKey(oldKey);

        var error = await Assert.ThrowsAsync<IcuAccessDeniedException>(
            () => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, oldKey)));

        Assert.Contains("regenerated", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_PlainHttpToARealHost_IsRefusedBeforeAnyRequest()
    {
        var settings = IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secrets.Secure(DemoData.DemoApiKey)), null, "http://intervals.icu");

        var error = await Assert.ThrowsAsync<IcuInsecureBaseUriException>(() => Connect.SessionAsync(settings));

        Assert.Equal("IcuInsecureBaseUri", error.ErrorId);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Connect_NoCredential_NamesBothWaysToGiveOne()
    {
        var settings = IcuConnectionSettings.Check(null, null, emulator.BaseUri.ToString());

        var error = await Assert.ThrowsAsync<IcuCredentialMissingException>(() => Connect.SessionAsync(settings));

        Assert.Contains("-ApiKey", error.FixHint, StringComparison.Ordinal);
        Assert.Contains(IcuCredentialInput.ApiKeyVariable, error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_SkipValidation_SendsNothing()
    {
        using var session = await IcuConnector.ConnectAsync(
            Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), skipValidation: true, TestOptions.Fast, new CapturingLog(), CancellationToken.None);

        Assert.False(session.Validated);
        Assert.Equal("0", session.AthleteId);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Connect_NothingListening_IsANetworkErrorNamingTheCause()
    {
        var closedPort = new Uri("http://127.0.0.1:9/");

        var error = await Assert.ThrowsAsync<IcuNetworkException>(() => Connect.SessionAsync(Connect.WithKey(closedPort, DemoData.DemoApiKey)));

        Assert.Equal(IcuNetworkFailure.ConnectionRefused, error.Kind);
        Assert.Equal("IcuNetworkError", error.ErrorId);
    }

    [Fact]
    public void FromEnvironment_ReadsTheKeyVariableAndIgnoresBlank()
    {
        Assert.Null(IcuCredentialInput.FromEnvironment(_ => null));
        Assert.Null(IcuCredentialInput.FromEnvironment(_ => "  "));

        var input = IcuCredentialInput.FromEnvironment(name => name == IcuCredentialInput.ApiKeyVariable ? DemoData.DemoApiKey : null);

        Assert.Equal(IcuCredentialSource.EnvironmentVariable, input!.Source);
        Assert.Null(input.Check([]).Problem);
    }

    [Fact]
    public void AthleteClock_Today_IsTheAthletesDateNotUtcs()
    {
        // 03:30 UTC on the 22nd is still the 21st in New York (api-forum-facts §6).
        var time = new FixedTime(new DateTimeOffset(2026, 11, 22, 3, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 21), AthleteClock.Today("America/New_York", time));
        Assert.Equal(new DateOnly(2026, 11, 22), AthleteClock.Today("Europe/Berlin", time));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
