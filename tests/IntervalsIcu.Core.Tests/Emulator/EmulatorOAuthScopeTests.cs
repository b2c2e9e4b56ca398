using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>OAuth scopes guard areas for bearer tokens; personal keys pass everywhere (api-facts §2.4).</summary>
public sealed class EmulatorOAuthScopeTests : IClassFixture<EmulatorFixture>
{
    private const string ActivitiesPath = "/api/v1/athlete/0/activities?oldest=2020-01-01&newest=2020-12-31";
    private const string WellnessPath = "/api/v1/athlete/0/wellness";
    private const string EventsPath = "/api/v1/athlete/0/events";
    private const string NewEventJson = """{"start_date_local":"2030-01-07T00:00:00","category":"NOTE","name":"Scope probe"}""";
    private readonly EmulatorFixture _emulator;

    public EmulatorOAuthScopeTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    [Theory]
    [InlineData(ActivitiesPath)]
    [InlineData(WellnessPath)]
    [InlineData(EventsPath)]
    public async Task Emulator_TokenWithTheAreasReadScope_ReadsTheList(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, Bearer(DemoData.ReadAllToken));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await ReadJsonAsync(response)).ValueKind); // the demo athlete has wellness days
    }

    [Theory]
    [InlineData(ActivitiesPath)]
    [InlineData(WellnessPath)]
    [InlineData(EventsPath)]
    public async Task Emulator_TokenWithoutScopes_Answers403OnEveryArea(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, Bearer(DemoData.NoScopeToken));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Theory]
    [InlineData(ActivitiesPath)]
    [InlineData(EventsPath)]
    public async Task Emulator_TokenWithAnotherAreasScope_Answers403(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, Bearer(DemoData.WellnessWriteToken));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_WellnessWriteWithoutWellnessRead_Answers403OnWellnessRead()
    {
        // Inference made explicit: WRITE is not taken to imply READ.
        using var response = await GetAsync(_emulator.Client, WellnessPath, Bearer(DemoData.WellnessWriteToken));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Theory]
    [InlineData("/api/v1/athlete/0")]
    [InlineData("/api/v1/athlete/0/profile")]
    [InlineData("/api/v1/athlete/i100001")]
    public async Task Emulator_TokenWithoutScopes_StillReadsItsAthleteAndProfile(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, Bearer(DemoData.NoScopeToken));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_AthletesListWithBearerToken_Answers403AccessDenied()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athletes", Bearer(DemoData.ReadAllToken));

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_EventCreateWithReadOnlyToken_Answers403()
    {
        using var response = await SendAsync(_emulator.Client, HttpMethod.Post, EventsPath, Bearer(DemoData.ReadAllToken), NewEventJson);

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_EventCreateWithCalendarWrite_Answers200()
    {
        const string Token = "emu0oauth0test0calendarwrite0001";
        _emulator.Server.State.AddAccessToken(DemoData.DemoAthleteId, Token, OAuthScopes.CalendarWrite);

        using var response = await SendAsync(_emulator.Client, HttpMethod.Post, EventsPath, Bearer(Token), NewEventJson);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_AthleteUpdateWithoutSettingsWrite_Answers403()
    {
        using var response = await SendAsync(_emulator.Client, HttpMethod.Put, "/api/v1/athlete/0", Bearer(DemoData.ReadAllToken), "{}");

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [Fact]
    public async Task Emulator_AthleteUpdateWithSettingsWrite_Answers200()
    {
        const string Token = "emu0oauth0test0settingswrite0001";
        _emulator.Server.State.AddAccessToken(DemoData.DemoAthleteId, Token, OAuthScopes.SettingsWrite);

        using var response = await SendAsync(_emulator.Client, HttpMethod.Put, "/api/v1/athlete/0", Bearer(Token), "{}");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(ActivitiesPath)]
    [InlineData(WellnessPath)]
    [InlineData(EventsPath)]
    public async Task Emulator_ApiKey_PassesEveryScopeCheck(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_TokenOfACoach_MayUseTheCoachedAthletesId()
    {
        const string Token = "emu0oauth0test0coachwellness0001";
        _emulator.Server.State.AddAccessToken(DemoData.CoachAthleteId, Token, OAuthScopes.WellnessRead);

        using var response = await GetAsync(_emulator.Client, $"/api/v1/athlete/{DemoData.CoachedRunnerId}/wellness", Bearer(Token));

        Assert.Equal(200, (int)response.StatusCode);
    }
}
