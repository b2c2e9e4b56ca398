using System.Text.RegularExpressions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>The demo constants look like real values and every emulator starts with them.</summary>
public sealed class DemoDataTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public DemoDataTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [InlineData(DemoData.DemoApiKey)]
    [InlineData(DemoData.CoachApiKey)]
    [InlineData(DemoData.CoachedRunnerApiKey)]
    [InlineData(DemoData.DigitsApiKey)]
    public void DemoData_ApiKeys_Have24LowercaseAlphanumerics(string key)
    {
        Assert.Matches(new Regex("^[a-z0-9]{24}$"), key);
    }

    [Theory]
    [InlineData(DemoData.DemoAthleteId)]
    [InlineData(DemoData.CoachAthleteId)]
    [InlineData(DemoData.CoachedRunnerId)]
    [InlineData(DemoData.DigitsAthleteId)]
    public void DemoData_AthleteIds_MatchTheRealIdPattern(string athleteId)
    {
        Assert.Matches(new Regex(@"^i?\d+$"), athleteId);
    }

    [Fact]
    public void DemoData_SeedsAthletesKeysCoachingAndTokens()
    {
        var state = _emulator.Server.State;

        Assert.Equal(DemoData.DemoAthleteName, state.FindAthlete(DemoData.DemoAthleteId)?.Name);
        Assert.Equal(DemoData.DemoAthleteTimezone, state.FindAthlete(DemoData.DemoAthleteId)?.Timezone);
        Assert.Equal(DemoData.DemoAthleteId, state.FindAthleteIdByApiKey(DemoData.DemoApiKey));
        Assert.Equal(DemoData.CoachAthleteId, state.FindAthleteIdByApiKey(DemoData.CoachApiKey));
        Assert.Equal(DemoData.CoachedRunnerId, state.FindAthleteIdByApiKey(DemoData.CoachedRunnerApiKey));
        Assert.Equal(DemoData.DigitsAthleteId, state.FindAthleteIdByApiKey(DemoData.DigitsApiKey));
        Assert.Equal([DemoData.DemoAthleteId, DemoData.CoachedRunnerId], state.CoachedAthleteIdsOf(DemoData.CoachAthleteId));
        Assert.Equal(DemoData.ReadAllTokenScopes.Split(',').Order(), state.FindAccessToken(DemoData.ReadAllToken)?.Scopes.Order());
        Assert.Equal([OAuthScopes.WellnessWrite], state.FindAccessToken(DemoData.WellnessWriteToken)?.Scopes);
        Assert.Empty(state.FindAccessToken(DemoData.NoScopeToken)!.Scopes);
        Assert.All(
            [DemoData.ReadAllToken, DemoData.WellnessWriteToken, DemoData.NoScopeToken],
            token => Assert.Equal(DemoData.DemoAthleteId, state.FindAccessToken(token)?.AthleteId));
    }

    [Fact]
    public void EmulatorServer_BaseUri_IsLoopbackWithoutApiPrefixOrTrailingSlash()
    {
        var baseUri = _emulator.Server.BaseUri;

        Assert.Equal("127.0.0.1", baseUri.Host);
        Assert.NotEqual(0, baseUri.Port);
        Assert.Equal($"http://127.0.0.1:{baseUri.Port}", baseUri.ToString().TrimEnd('/'));
        Assert.Equal("/", baseUri.AbsolutePath);
    }
}
