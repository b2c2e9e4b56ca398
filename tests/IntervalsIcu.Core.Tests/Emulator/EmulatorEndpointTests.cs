using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>What the implemented endpoints answer: the demo data, list windows, echoes, compression.</summary>
public sealed class EmulatorEndpointTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public EmulatorEndpointTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    private EmulatorState State => _emulator.Server.State;

    [Fact]
    public async Task Emulator_GetAthlete_ReturnsTheDemoCyclistWithRideAndRunSettings()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        var athlete = await ReadJsonAsync(response);

        Assert.Equal(DemoData.DemoAthleteName, athlete.GetProperty("name").GetString());
        Assert.Equal(DemoData.DemoAthleteTimezone, athlete.GetProperty("timezone").GetString());
        var settings = athlete.GetProperty("sportSettings").EnumerateArray().ToArray();
        Assert.Equal(2, settings.Length);
        Assert.Contains("Ride", settings[0].GetProperty("types").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(265, settings[0].GetProperty("ftp").GetInt32());
        Assert.Contains("Run", settings[1].GetProperty("types").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(3.9, settings[1].GetProperty("threshold_pace").GetDouble());
        Assert.Equal(JsonValueKind.Array, athlete.GetProperty("custom_items").ValueKind);
    }

    [Fact]
    public async Task Emulator_GetAthlete_KeepsNullPropertiesAndSendsTheKeyOnlyToItsOwner()
    {
        using var own = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        using var coached = await GetAsync(_emulator.Client, "/api/v1/athlete/" + DemoData.DemoAthleteId, ApiKey(DemoData.CoachApiKey));
        var ownAthlete = JsonDocument.Parse(await own.Content.ReadAsStringAsync()).RootElement;
        var coachedText = await coached.Content.ReadAsStringAsync();

        // The schema has icu_api_key; the emulator fills it for the key's own athlete so clients are tested against leaking it.
        Assert.Equal(DemoData.DemoApiKey, ownAthlete.GetProperty("icu_api_key").GetString());
        Assert.Equal(JsonValueKind.Null, ownAthlete.GetProperty("profile_medium").ValueKind);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(coachedText).RootElement.GetProperty("icu_api_key").ValueKind);
        Assert.DoesNotContain(DemoData.CoachApiKey, coachedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_Responses_AreApplicationJsonWithOffsetsWrittenPlainly()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("+00:00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_Profile_HasTheProfileAthleteSharedFoldersAndCustomItems()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/profile", ApiKey(DemoData.DemoApiKey));
        var profile = await ReadJsonAsync(response);

        Assert.Equal(["athlete", "sharedFolders", "customItems"], profile.EnumerateObject().Select(property => property.Name));
        Assert.Equal(DemoData.DemoAthleteId, profile.GetProperty("athlete").GetProperty("id").GetString());
        Assert.False(profile.GetProperty("athlete").TryGetProperty("sportSettings", out _));
    }

    [Fact]
    public async Task Emulator_AthletesListForACoach_ListsTheCallerThenTheCoachedAthletes()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athletes", ApiKey(DemoData.CoachApiKey));
        var athletes = await ReadJsonAsync(response);

        Assert.Equal(
            [DemoData.CoachAthleteId, DemoData.DemoAthleteId, DemoData.CoachedRunnerId],
            athletes.EnumerateArray().Select(athlete => athlete.GetProperty("id").GetString()));
        Assert.All(athletes.EnumerateArray(), athlete => Assert.Equal(JsonValueKind.Array, athlete.GetProperty("icu_tags").ValueKind));
    }

    [Fact]
    public async Task Emulator_AthletesListForAnAthleteWithoutCoaching_ListsOnlyTheCaller()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athletes", ApiKey(DemoData.DemoApiKey));
        var athletes = await ReadJsonAsync(response);

        Assert.Equal([DemoData.DemoAthleteId], athletes.EnumerateArray().Select(athlete => athlete.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/athlete/0/activities?oldest=2020-01-01&newest=2020-12-31")]
    [InlineData("/api/v1/athlete/0/wellness?oldest=2020-01-01&newest=2020-12-31")]
    [InlineData("/api/v1/athlete/0/events?oldest=2020-01-01&newest=2020-12-31")]
    public async Task Emulator_ListsWithoutData_AnswerABareEmptyArray(string pathAndQuery)
    {
        using var response = await GetAsync(_emulator.Client, pathAndQuery, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Emulator_ActivitiesList_IsNewestFirstWithinTheWindowAndHonoursLimitAndFields()
    {
        var (athleteId, key) = AddTestAthlete("i900101");
        foreach (var (id, start) in new[] { ("i1", "2024-03-01T07:00:00"), ("i2", "2024-03-02T07:00:00"), ("i3", "2024-03-03T07:00:00"), ("i4", "2024-03-09T07:00:00") })
        {
            State.Activities.Add(athleteId, new JsonObject { ["id"] = id, ["start_date_local"] = start, ["name"] = "Ride " + id, ["icu_training_load"] = null });
        }

        using var all = await GetAsync(_emulator.Client, "/api/v1/athlete/0/activities?oldest=2024-03-01&newest=2024-03-03", ApiKey(key));
        using var limited = await GetAsync(_emulator.Client, "/api/v1/athlete/0/activities?oldest=2024-03-01&newest=2024-03-03&limit=1", ApiKey(key));
        using var selected = await GetAsync(_emulator.Client, "/api/v1/athlete/0/activities?oldest=2024-03-02T00:00:00&newest=2024-03-02&fields=id,icu_training_load", ApiKey(key));

        Assert.Equal(["i3", "i2", "i1"], (await ReadJsonAsync(all)).EnumerateArray().Select(activity => activity.GetProperty("id").GetString()));
        Assert.Equal(["i3"], (await ReadJsonAsync(limited)).EnumerateArray().Select(activity => activity.GetProperty("id").GetString()));
        Assert.Equal("""[{"id":"i2"}]""", await selected.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Emulator_WellnessList_IncludesBothBoundaryDays()
    {
        var (athleteId, key) = AddTestAthlete("i900102");
        foreach (var day in new[] { "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04" })
        {
            State.Wellness.Add(athleteId, new JsonObject { ["id"] = day, ["restingHR"] = 45 });
        }

        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/wellness?oldest=2024-05-02&newest=2024-05-03", ApiKey(key));

        Assert.Equal(["2024-05-02", "2024-05-03"], (await ReadJsonAsync(response)).EnumerateArray().Select(day => day.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Emulator_EventsListWithoutDates_CoversTodayToSixDaysAheadInTheAthletesZone()
    {
        var (athleteId, key) = AddTestAthlete("i900103", "Pacific/Kiritimati");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")).DateTime);
        foreach (var offset in new[] { -1, 0, 6, 7 })
        {
            var date = today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            State.Events.Add(athleteId, new JsonObject { ["id"] = 1000 + offset, ["start_date_local"] = date + "T00:00:00", ["category"] = "NOTE" });
        }

        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/events", ApiKey(key));

        Assert.Equal([1000, 1006], (await ReadJsonAsync(response)).EnumerateArray().Select(calendarEvent => calendarEvent.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Emulator_EventsList_FiltersByCategory()
    {
        var (athleteId, key) = AddTestAthlete("i900104");
        State.Events.Add(athleteId, new JsonObject { ["id"] = 1, ["start_date_local"] = "2024-06-03T00:00:00", ["category"] = "WORKOUT" });
        State.Events.Add(athleteId, new JsonObject { ["id"] = 2, ["start_date_local"] = "2024-06-03T00:00:00", ["category"] = "NOTE" });
        State.Events.Add(athleteId, new JsonObject { ["id"] = 3, ["start_date_local"] = "2024-06-04T00:00:00", ["category"] = "RACE_A" });

        using var response = await GetAsync(
            _emulator.Client, "/api/v1/athlete/0/events?oldest=2024-06-01&newest=2024-06-30&category=WORKOUT,RACE_A", ApiKey(key));

        Assert.Equal([1, 3], (await ReadJsonAsync(response)).EnumerateArray().Select(calendarEvent => calendarEvent.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Emulator_PostEvent_EchoesTheBodyWithANewIntIdAndListsIt()
    {
        var (_, key) = AddTestAthlete("i900105");
        const string Body = """{"start_date_local":"2024-07-01T00:00:00","category":"WORKOUT","name":"2x20","description":"- 20m 95%","filename":"a.zwo","file_contents":"<workout_file><workout><SteadyState Duration='1200' Power='0.95'/></workout></workout_file>"}""";

        using var first = await SendAsync(_emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events", ApiKey(key), Body);
        using var second = await SendAsync(_emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events", ApiKey(key), Body);
        var created = await ReadJsonAsync(first);
        var createdAgain = await ReadJsonAsync(second);
        using var list = await GetAsync(_emulator.Client, "/api/v1/athlete/0/events?oldest=2024-07-01&newest=2024-07-01", ApiKey(key));

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(JsonValueKind.Number, created.GetProperty("id").ValueKind);
        Assert.NotEqual(created.GetProperty("id").GetInt32(), createdAgain.GetProperty("id").GetInt32());
        Assert.Equal("2x20", created.GetProperty("name").GetString());
        Assert.Equal("i900105", created.GetProperty("athlete_id").GetString());
        Assert.False(created.TryGetProperty("filename", out _));
        Assert.False(created.TryGetProperty("file_contents", out _));
        Assert.Equal(2, (await ReadJsonAsync(list)).GetArrayLength());
    }

    [Fact]
    public async Task Emulator_PutAthlete_ChangesOnlyTheSentFieldsAndAnswersTheAthleteWithoutSettings()
    {
        var (athleteId, key) = AddTestAthlete("i900106");

        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Put, "/api/v1/athlete/0", ApiKey(key), """{"icu_weight":70.1,"id":"i1","sportSettings":[]}""");
        var updated = await ReadJsonAsync(response);
        using var reread = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(key));
        var athlete = await ReadJsonAsync(reread);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(70.1, updated.GetProperty("icu_weight").GetDouble());
        Assert.Equal(athleteId, updated.GetProperty("id").GetString());
        Assert.False(updated.TryGetProperty("sportSettings", out _));
        Assert.Equal(70.1, athlete.GetProperty("icu_weight").GetDouble());
        Assert.Equal(48, athlete.GetProperty("icu_resting_hr").GetInt32());
        Assert.Equal(2, athlete.GetProperty("sportSettings").GetArrayLength());
    }

    [Fact]
    public async Task Emulator_ClientAcceptingGzip_GetsACompressedJsonBody()
    {
        using var response = await GetAsync(
            _emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        var plain = await response.Content.ReadAsStringAsync();

        using var compressed = await SendAsync(
            _emulator.Client, HttpMethod.Get, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey),
            configure: request => request.Headers.AcceptEncoding.ParseAdd("gzip"));
        await using var gzip = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await reader.ReadToEndAsync());
    }

    private (string AthleteId, string ApiKey) AddTestAthlete(string athleteId, string timezone = "Europe/Berlin")
    {
        var key = "emu0test0" + athleteId.PadLeft(15, '0');
        State.AddAthlete(athleteId, "Test Athlete " + athleteId, timezone);
        State.AddApiKey(athleteId, key);
        return (athleteId, key);
    }
}
