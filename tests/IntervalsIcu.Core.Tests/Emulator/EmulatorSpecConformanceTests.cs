using System.Text.Json;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Spec;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// The emulator's answers validate against the 200 schema of the spec operation each route implements,
/// wherever the spec is present beside the repository; otherwise the check is skipped, saying so.
/// </summary>
public sealed class EmulatorSpecConformanceTests : IClassFixture<EmulatorFixture>
{
    /// <summary>Every implemented GET route: the spec path that documents it, and a request that exercises it.</summary>
    private static readonly Dictionary<string, (string SpecPath, string Request, string Authorization)> GetCases = new()
    {
        ["GET /api/v1/athlete/{id}"] = ("/api/v1/athlete/{id}", "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/profile"] = ("/api/v1/athlete/{id}/profile", "/api/v1/athlete/0/profile", ApiKey(DemoData.DemoApiKey)),
        // As the coach, so the list holds more than the caller.
        ["GET /api/v1/athletes"] = ("/api/v1/athletes", "/api/v1/athletes", ApiKey(DemoData.CoachApiKey)),
        ["GET /api/v1/athlete/{id}/activities"] = ("/api/v1/athlete/{id}/activities", "/api/v1/athlete/0/activities?oldest=2020-01-01", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/activities/search"] = ("/api/v1/athlete/{id}/activities/search", "/api/v1/athlete/0/activities/search?q=run", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/activities/search-full"] = ("/api/v1/athlete/{id}/activities/search-full", "/api/v1/athlete/0/activities/search-full?q=run&limit=50", ApiKey(DemoData.DemoApiKey)),
        // The demo data's ids are numbered from i40000001 whatever the day.
        ["GET /api/v1/athlete/{athleteId}/activities/{ids}"] = ("/api/v1/athlete/{athleteId}/activities/{ids}", "/api/v1/athlete/0/activities/i40000001,i40000002,i40000003?intervals=true", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/wellness"] = ("/api/v1/athlete/{id}/wellness{ext}", "/api/v1/athlete/0/wellness?oldest=2020-01-01", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/wellness/{date}"] = ("/api/v1/athlete/{id}/wellness/{date}", "/api/v1/athlete/0/wellness/" + DemoWellness.DateOf(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/gear"] = ("/api/v1/athlete/{id}/gear{ext}", "/api/v1/athlete/0/gear", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/athlete-summary"] = ("/api/v1/athlete/{id}/athlete-summary{ext}", "/api/v1/athlete/0/athlete-summary", ApiKey(DemoData.CoachApiKey)),
        ["GET /api/v1/athlete/{athleteId}/sport-settings"] = ("/api/v1/athlete/{athleteId}/sport-settings", "/api/v1/athlete/0/sport-settings", ApiKey(DemoData.DemoApiKey)),
        // By activity type; the numeric id is covered by the write cases.
        ["GET /api/v1/athlete/{athleteId}/sport-settings/{id}"] = ("/api/v1/athlete/{athleteId}/sport-settings/{id}", "/api/v1/athlete/0/sport-settings/Run", ApiKey(DemoData.DemoApiKey)),
        // Curves: every curve id form, gradient adjusted pace, and one activity's (i40000001 is the demo's first, a ride or run with streams).
        ["GET /api/v1/athlete/{id}/power-curves"] = ("/api/v1/athlete/{id}/power-curves{ext}", "/api/v1/athlete/0/power-curves?type=Ride&curves=1y,84d,s0,all,r.2025-01-01.2025-12-31", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/pace-curves"] = ("/api/v1/athlete/{id}/pace-curves{ext}", "/api/v1/athlete/0/pace-curves?type=Run&gap=true", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/hr-curves"] = ("/api/v1/athlete/{id}/hr-curves{ext}", "/api/v1/athlete/0/hr-curves?curves=42d", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/activity/{id}/power-curve"] = ("/api/v1/activity/{id}/power-curve{ext}", "/api/v1/activity/{ride}/power-curve", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/activity/{id}/pace-curve"] = ("/api/v1/activity/{id}/pace-curve{ext}", "/api/v1/activity/{run}/pace-curve?gap=true", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/activity/{id}/hr-curve"] = ("/api/v1/activity/{id}/hr-curve{ext}", "/api/v1/activity/{ride}/hr-curve", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/events"] = ("/api/v1/athlete/{id}/events{format}", "/api/v1/athlete/0/events?oldest=2020-01-01&newest=2031-12-31&resolve=true&ext=zwo", ApiKey(DemoData.DemoApiKey)),
        // {event}: the event every case posts first.
        ["GET /api/v1/athlete/{id}/events/{eventId:int}"] = ("/api/v1/athlete/{id}/events/{eventId}", "/api/v1/athlete/0/events/{event}?resolve=true", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/folders"] = ("/api/v1/athlete/{id}/folders", "/api/v1/athlete/0/folders", ApiKey(DemoData.DemoApiKey)),
        ["GET /api/v1/athlete/{id}/workouts"] = ("/api/v1/athlete/{id}/workouts", "/api/v1/athlete/0/workouts", ApiKey(DemoData.DemoApiKey)),
        // The demo athlete's first library workout.
        ["GET /api/v1/athlete/{id}/workouts/{workoutId:int}"] = ("/api/v1/athlete/{id}/workouts/{workoutId}", "/api/v1/athlete/0/workouts/31000001", ApiKey(DemoData.DemoApiKey)),
    };

    /// <summary>Every write route: the spec operation it implements, and a request that exercises it ({event} is a fresh event's id).</summary>
    private static readonly Dictionary<string, (string SpecPath, string SpecMethod, string Request, string? Body)> WriteCases = new()
    {
        ["POST /api/v1/athlete/{id}/events/bulk"] = ("/api/v1/athlete/{id}/events/bulk", "post", "/api/v1/athlete/0/events/bulk?upsert=true", """[{"start_date_local":"2030-03-05","category":"WORKOUT","type":"Ride","name":"a","external_id":"c-1","description":"- 10m 60%"},{"start_date_local":"2030-03-06","category":"NOTE","name":"b"}]"""),
        ["PUT /api/v1/athlete/{id}/events/{eventId:int}"] = ("/api/v1/athlete/{id}/events/{eventId}", "put", "/api/v1/athlete/0/events/{event}", """{"name":"renamed","description":"- 5m 80%"}"""),
        ["DELETE /api/v1/athlete/{id}/events/{eventId:int}"] = ("/api/v1/athlete/{id}/events/{eventId}", "delete", "/api/v1/athlete/0/events/{event}", null),
        ["PUT /api/v1/athlete/{id}/events/bulk-delete"] = ("/api/v1/athlete/{id}/events/bulk-delete", "put", "/api/v1/athlete/0/events/bulk-delete", """[{"id":{event}}]"""),
        ["POST /api/v1/athlete/{id}/events/{eventId:int}/mark-done"] = ("/api/v1/athlete/{id}/events/{eventId}/mark-done", "post", "/api/v1/athlete/0/events/{event}/mark-done", null),
        ["PUT /api/v1/athlete/{athleteId}/sport-settings/{id}"] = ("/api/v1/athlete/{athleteId}/sport-settings/{id}", "put", "/api/v1/athlete/0/sport-settings/Ride?recalcHrZones=true", """{"ftp":270,"lthr":170}"""),
        ["PUT /api/v1/athlete/{athleteId}/sport-settings/{id}/apply"] = ("/api/v1/athlete/{athleteId}/sport-settings/{id}/apply", "put", "/api/v1/athlete/0/sport-settings/Ride/apply", null),
        ["POST /api/v1/athlete/{id}/activities/manual"] = ("/api/v1/athlete/{id}/activities/manual", "post", "/api/v1/athlete/0/activities/manual", """{"start_date_local":"2030-03-04T07:00:00","type":"Run","name":"m","moving_time":1800,"distance":5000,"icu_rpe":5}"""),
        ["POST /api/v1/athlete/{id}/folders"] = ("/api/v1/athlete/{id}/folders", "post", "/api/v1/athlete/0/folders", """{"type":"PLAN","name":"Build","start_date_local":"2030-03-04T00:00:00","duration_weeks":6,"activity_types":["Ride"]}"""),
        ["POST /api/v1/athlete/{id}/workouts"] = ("/api/v1/athlete/{id}/workouts", "post", "/api/v1/athlete/0/workouts", """{"folder_id":2400001,"name":"w","type":"Ride","description":"- 10m 60%\n\n3x\n- 5m 100%\n- 5m 50%","indoor":true,"tags":["vo2"]}"""),
        ["POST /api/v1/athlete/{id}/workouts/bulk"] = ("/api/v1/athlete/{id}/workouts/bulk", "post", "/api/v1/athlete/0/workouts/bulk", """[{"folder_id":2400003,"name":"a","type":"Ride","description":"- 1h 65%","day":15},{"folder_id":2400001,"name":"b","type":"Ride","filename":"b.zwo","file_contents":"<workout_file><workout><SteadyState Duration=\"600\" Power=\"0.6\"/></workout></workout_file>"}]"""),
        ["POST /api/v1/athlete/{id}/activities/manual/bulk"] = ("/api/v1/athlete/{id}/activities/manual/bulk", "post", "/api/v1/athlete/0/activities/manual/bulk", """[{"start_date_local":"2030-03-04T07:00:00","type":"Run","name":"m","external_id":"mb-1"}]"""),
    };

    /// <summary>
    /// GET routes checked elsewhere: the files have no schema (binary bodies), GET /activity/{id}
    /// answers a oneOf (Activity, ActivityWithIntervals, Hidden) that has its own test below, and the
    /// spec declares a stream's data an object while the server sends an array (api-facts §5.2).
    /// </summary>
    private static readonly string[] RoutesWithoutAResponseSchema =
    [
        "GET /api/v1/activity/{id}",
        "GET /api/v1/activity/{id}/file",
        "GET /api/v1/activity/{id}/fit-file",
        "GET /api/v1/activity/{id}/gpx-file",
        "GET /api/v1/activity/{id}/streams",
        "GET /api/v1/athlete/{id}/events/{eventId:int}/download{ext}",
    ];

    private const string CreatedEventJson =
        """{"start_date_local":"2030-03-04T00:00:00","end_date_local":"2030-03-05T00:00:00","category":"WORKOUT","type":"Ride","name":"3x10 sweet spot","description":"- 3x10m 90%","moving_time":3600,"indoor":true,"tags":["sweetspot"]}""";

    private readonly EmulatorFixture _emulator;

    public EmulatorSpecConformanceTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    public static TheoryData<string> GetRoutes => new(GetCases.Keys);

    public static TheoryData<string> WriteRoutes => new(WriteCases.Keys);

    [Fact]
    public void EveryImplementedGetRoute_HasAConformanceCase()
    {
        var implemented = _emulator.Server.MappedRoutes.Where(route => route.StartsWith("GET ", StringComparison.Ordinal));

        Assert.Equal(implemented.Order(StringComparer.Ordinal), GetCases.Keys.Concat(RoutesWithoutAResponseSchema).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData("i40000001", "", "Activity")]
    [InlineData("i40000001", "?intervals=true", "ActivityWithIntervals")]
    public async Task Emulator_GetActivity_ValidatesAgainstItsSchemaOfTheOneOf(string id, string query, string schema)
    {
        var validator = RequireSpec();

        using var response = await GetAsync(_emulator.Client, $"/api/v1/activity/{id}{query}", ApiKey(DemoData.DemoApiKey));
        var body = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(validator.Validate(body, validator.ComponentSchema(schema)));
    }

    [SkippableTheory]
    [MemberData(nameof(GetRoutes))]
    public async Task Emulator_GetResponse_ValidatesAgainstTheSpec(string route)
    {
        var validator = RequireSpec();
        var (specPath, request, authorization) = GetCases[route];
        var created = await PostEventAsync();

        request = request.Replace("{event}", created.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var (placeholder, type) in new[] { ("{ride}", "Ride"), ("{run}", "Run") }.Where(p => request.Contains(p.Item1, StringComparison.Ordinal)))
        {
            request = request.Replace(placeholder, await FirstActivityIdAsync(type), StringComparison.Ordinal);
        }

        using var response = await GetAsync(_emulator.Client, request, authorization);
        var body = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(validator.Validate(body, validator.ResponseSchema(specPath, "get")));
    }

    [SkippableTheory]
    [MemberData(nameof(WriteRoutes))]
    public async Task Emulator_WriteResponse_ValidatesAgainstTheSpec(string route)
    {
        var validator = RequireSpec();
        var (specPath, specMethod, request, body) = WriteCases[route];
        var eventId = (await PostEventAsync()).GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await SendAsync(
            _emulator.Client, new HttpMethod(route.Split(' ')[0]), request.Replace("{event}", eventId, StringComparison.Ordinal),
            ApiKey(DemoData.DemoApiKey), body?.Replace("{event}", eventId, StringComparison.Ordinal));
        var answer = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(validator.Validate(answer, validator.ResponseSchema(specPath, specMethod)));
    }

    [Fact]
    public void EveryImplementedCalendarSportSettingsAndLibraryWriteRoute_HasAConformanceCase()
    {
        var implemented = _emulator.Server.MappedRoutes.Where(route => !route.StartsWith("GET ", StringComparison.Ordinal)
            && (route.Contains("/events/", StringComparison.Ordinal) || route.Contains("/manual", StringComparison.Ordinal) || route.Contains("/sport-settings", StringComparison.Ordinal)
                || route.Contains("/folders", StringComparison.Ordinal) || route.Contains("/workouts", StringComparison.Ordinal)));

        Assert.Equal(implemented.Order(StringComparer.Ordinal), WriteCases.Keys.Append(ImportWorkoutRoute).Order(StringComparer.Ordinal));
    }

    /// <summary>A multipart upload, so it has a test of its own rather than a JSON write case.</summary>
    private const string ImportWorkoutRoute = "POST /api/v1/athlete/{id}/folders/{folderId:int}/import-workout";

    [SkippableFact]
    public async Task Emulator_ImportWorkoutFileResponse_ValidatesAgainstTheSpecsWorkout()
    {
        var validator = RequireSpec();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("<workout_file><workout><SteadyState Duration=\"900\" Power=\"0.75\"/></workout></workout_file>"u8.ToArray()), "file", "Tempo 15.zwo" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/athlete/0/folders/2400001/import-workout?type=Ride") { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", ApiKey(DemoData.DemoApiKey));

        using var response = await _emulator.Client.SendAsync(request);
        var workout = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Tempo 15", workout.GetProperty("name").GetString());
        Assert.Equal(900, workout.GetProperty("moving_time").GetInt32());
        Assert.Empty(validator.Validate(workout, validator.ResponseSchema("/api/v1/athlete/{id}/folders/{folderId}/import-workout", "post")));
    }

    [SkippableFact]
    public async Task Emulator_EventsList_IsNotEmptyWhenValidated()
    {
        RequireSpec();
        await PostEventAsync();

        using var response = await GetAsync(_emulator.Client, GetCases["GET /api/v1/athlete/{id}/events"].Request, ApiKey(DemoData.DemoApiKey));

        Assert.NotEqual(0, (await ReadJsonAsync(response)).GetArrayLength());
    }

    [SkippableFact]
    public async Task Emulator_PostEventResponse_ValidatesAgainstTheSpecsEvent()
    {
        var validator = RequireSpec();

        var created = await PostEventAsync();

        Assert.Empty(validator.Validate(created, validator.ResponseSchema("/api/v1/athlete/{id}/events", "post")));
    }

    [SkippableFact]
    public async Task Emulator_PutAthleteResponse_ValidatesAgainstTheSpecsAthlete()
    {
        var validator = RequireSpec();

        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Put, "/api/v1/athlete/0", ApiKey(DemoData.DigitsApiKey), """{"icu_resting_hr":47}""");
        var athlete = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(validator.Validate(athlete, validator.ResponseSchema("/api/v1/athlete/{id}", "put")));
    }

    [SkippableFact]
    public async Task Emulator_ErrorBodies_AreNotMistakenForConformingData()
    {
        // Guards the check itself: a 401 body must not validate as the athlete list.
        var validator = RequireSpec();

        using var response = await GetAsync(_emulator.Client, "/api/v1/athletes", authorization: null);
        var body = await ReadJsonAsync(response);

        Assert.NotEmpty(validator.Validate(body, validator.ResponseSchema("/api/v1/athletes", "get")));
    }

    private static OpenApiSchemaValidator RequireSpec()
    {
        var validator = OpenApiSpecLocator.Validator;
        Skip.If(validator is null, $"OpenAPI spec not found at {OpenApiSpecLocator.SearchedLocation}; conformance not checked");
        return validator;
    }

    /// <summary>The demo athlete's first activity of <paramref name="type"/> recorded with a file (so it has streams).</summary>
    private async Task<string> FirstActivityIdAsync(string type)
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/activities?oldest=2000-01-01", ApiKey(DemoData.DemoApiKey));
        var activities = await ReadJsonAsync(response);
        return activities.EnumerateArray()
            .First(activity => activity.TryGetProperty("type", out var kind) && kind.GetString() == type && activity.GetProperty("stream_types").GetArrayLength() > 0)
            .GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PostEventAsync()
    {
        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events", ApiKey(DemoData.DemoApiKey), CreatedEventJson);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }
}
