using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// The calendar endpoints of the emulator: workout text turned into time and load, upsert by
/// external_id scoped to the credential, deletes, mark-done, trainer files, manual activities. Each test
/// works in its own year so the shared emulator's calendar never mixes them.
/// </summary>
public sealed class EmulatorEventEndpointTests : IClassFixture<EmulatorFixture>
{
    private const string Events = "/api/v1/athlete/0/events";
    private static readonly string Key = ApiKey(DemoData.DemoApiKey);

    private readonly EmulatorFixture _emulator;

    public EmulatorEventEndpointTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    [Fact]
    public async Task CreateEvent_WorkoutText_BecomesMovingTimeLoadAndWorkoutDoc()
    {
        var created = await PostAsync(Events, Key, """{"start_date_local":"2041-01-05","category":"WORKOUT","type":"Ride","name":"SST","description":"Warmup\n- 10m 60%\n\nMain set 3x\n- 5m 100%\n- 3m 50%\n\n- 10m ramp 60-40%"}""");

        // 10 + 3 × 8 + 10 minutes; load = Σ hours × IF² × 100.
        Assert.Equal(2640, created.GetProperty("moving_time").GetInt32());
        var expectedLoad = (int)Math.Round((10 / 60.0 * 0.36 * 100) + (3 * ((5 / 60.0 * 1.0 * 100) + (3 / 60.0 * 0.25 * 100))) + (10 / 60.0 * 0.25 * 100));
        Assert.Equal(expectedLoad, created.GetProperty("icu_training_load").GetInt32());
        var steps = created.GetProperty("workout_doc").GetProperty("steps");
        Assert.Equal(3, steps.GetArrayLength());
        Assert.Equal(3, steps[1].GetProperty("reps").GetInt32());
        Assert.True(steps[2].GetProperty("ramp").GetBoolean());
        Assert.Equal("2041-01-05T00:00:00", created.GetProperty("start_date_local").GetString());
        Assert.Equal("2041-01-06T00:00:00", created.GetProperty("end_date_local").GetString());
    }

    [Fact]
    public async Task BulkUpsert_SameExternalIdTwice_UpdatesTheEventInsteadOfAddingOne()
    {
        const string Body = """[{"start_date_local":"2042-02-02T00:00:00","category":"WORKOUT","type":"Ride","name":"Easy","external_id":"plan-a-1","description":"- 60m 55%"}]""";
        var first = await PostAsync(Events + "/bulk?upsert=true", Key, Body);
        var second = await PostAsync(Events + "/bulk?upsert=true", Key, Body.Replace("Easy", "Easier", StringComparison.Ordinal));

        Assert.Equal(first[0].GetProperty("id").GetInt32(), second[0].GetProperty("id").GetInt32());
        var listed = await ListAsync("2042-02-01", "2042-02-28", Key);
        Assert.Equal("Easier", Assert.Single(listed.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task BulkWithoutUpsert_SameExternalIdTwice_CreatesTwoEvents()
    {
        const string Body = """[{"start_date_local":"2043-03-03","category":"NOTE","name":"n","external_id":"dup-1"}]""";
        await PostAsync(Events + "/bulk", Key, Body);
        await PostAsync(Events + "/bulk", Key, Body);

        Assert.Equal(2, (await ListAsync("2043-03-01", "2043-03-31", Key)).GetArrayLength());
    }

    [Fact]
    public async Task BulkUpsertOnUid_MatchesOnUid_AndATargetOnItsDateAndType()
    {
        await PostAsync(Events + "/bulk?upsertOnUid=true", Key, """[{"start_date_local":"2054-04-01","category":"NOTE","name":"v1","uid":"cal-1"},{"start_date_local":"2054-04-06","category":"TARGET","type":"Ride","name":"t1","load_target":300}]""");

        await PostAsync(Events + "/bulk?upsertOnUid=true", Key, """[{"start_date_local":"2054-04-01","category":"NOTE","name":"v2","uid":"cal-1"},{"start_date_local":"2054-04-06","category":"TARGET","type":"Ride","name":"t2","load_target":350}]""");

        var listed = (await ListAsync("2054-04-01", "2054-04-30", Key)).EnumerateArray().Select(e => e.GetProperty("name").GetString());
        Assert.Equal(["v2", "t2"], listed);
    }

    [Fact]
    public async Task DeleteOneWithOthers_AlsoDeletesTheEventsCreatedInTheSameRequestFromNotBefore()
    {
        var created = await PostAsync(Events + "/bulk", Key, """[{"start_date_local":"2055-05-01","category":"NOTE","name":"a"},{"start_date_local":"2055-05-02","category":"NOTE","name":"b"},{"start_date_local":"2055-05-03","category":"NOTE","name":"c"}]""");
        await PostAsync(Events, Key, """{"start_date_local":"2055-05-04","category":"NOTE","name":"other request"}""");

        using var response = await SendAsync(_emulator.Client, HttpMethod.Delete, $"{Events}/{created[1].GetProperty("id").GetInt32()}?others=true&notBefore=2055-05-02", Key);

        Assert.Equal(200, (int)response.StatusCode);
        var left = (await ListAsync("2055-05-01", "2055-05-31", Key)).EnumerateArray().Select(e => e.GetProperty("name").GetString());
        Assert.Equal(["a", "other request"], left);
    }

    [Fact]
    public async Task BulkUpsert_ExternalIdCreatedByAnotherApp_IsNotMatched()
    {
        _emulator.Server.State.AddAccessToken(7002, DemoData.DemoAthleteId, "emu0oauth0otherapp00000000000044", "CALENDAR:READ", "CALENDAR:WRITE");
        const string Body = """[{"start_date_local":"2044-04-04","category":"WORKOUT","type":"Run","name":"r","external_id":"shared-key"}]""";
        await PostAsync(Events + "/bulk?upsert=true", Key, Body);
        var byApp = await PostAsync(Events + "/bulk?upsert=true", Bearer("emu0oauth0otherapp00000000000044"), Body);

        var listed = await ListAsync("2044-04-01", "2044-04-30", Key);
        Assert.Equal(2, listed.GetArrayLength());
        Assert.Equal(7002, byApp[0].GetProperty("oauth_client_id").GetInt32());
    }

    [Fact]
    public async Task BulkCreate_OneInvalidItem_RefusesTheRequestWithAnArrayOfErrorsAndWritesNothing()
    {
        var longName = new string('x', 81);
        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Post, Events + "/bulk?upsert=true", Key,
            $$"""[{"start_date_local":"2045-05-05","category":"NOTE","name":"ok"},{"start_date_local":"2045-05-06","category":"NOTE","name":"{{longName}}"}]""");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("""[{"status":422,"error":"Name is too long"}]""", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await ListAsync("2045-05-01", "2045-05-31", Key)).GetArrayLength());
    }

    [Fact]
    public async Task BulkDelete_ByExternalId_RemovesOnlyTheCallersOwnEvents()
    {
        await PostAsync(Events + "/bulk?upsert=true", Key, """[{"start_date_local":"2046-06-06","category":"NOTE","name":"mine","external_id":"x-1"}]""");
        await PostAsync("/api/v1/athlete/" + DemoData.DemoAthleteId + "/events/bulk?upsert=true", ApiKey(DemoData.CoachApiKey), """[{"start_date_local":"2046-06-07","category":"NOTE","name":"coach's","external_id":"x-1"}]""");

        using var response = await SendAsync(_emulator.Client, HttpMethod.Put, Events + "/bulk-delete", Key, """[{"external_id":"x-1"},{"external_id":"unknown"},{"id":1}]""");

        Assert.Equal(1, (await ReadJsonAsync(response)).GetProperty("eventsDeleted").GetInt32());
        Assert.Equal("coach's", Assert.Single((await ListAsync("2046-06-01", "2046-06-30", Key)).EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeleteByRange_RemovesOnlyTheNamedCategoriesInsideTheRange()
    {
        await PostAsync(Events + "/bulk", Key, """[{"start_date_local":"2047-07-01","category":"NOTE","name":"a"},{"start_date_local":"2047-07-02","category":"WORKOUT","type":"Ride","name":"b"},{"start_date_local":"2047-07-20","category":"NOTE","name":"c"}]""");

        using var response = await SendAsync(_emulator.Client, HttpMethod.Delete, Events + "?oldest=2047-07-01&newest=2047-07-10&category=NOTE", Key);

        Assert.Equal(200, (int)response.StatusCode);
        var left = (await ListAsync("2047-07-01", "2047-07-31", Key)).EnumerateArray().Select(e => e.GetProperty("name").GetString());
        Assert.Equal(["b", "c"], left);
    }

    [Fact]
    public async Task UpdateEvent_ChangesOnlyGivenFields_AndRecomputesTheWorkout()
    {
        var created = await PostAsync(Events, Key, """{"start_date_local":"2048-08-08","category":"WORKOUT","type":"Ride","name":"keep","description":"- 10m 50%","indoor":true}""");
        var id = created.GetProperty("id").GetInt32();

        using var response = await SendAsync(_emulator.Client, HttpMethod.Put, $"{Events}/{id}", Key, """{"description":"- 20m 50%"}""");
        var updated = await ReadJsonAsync(response);

        Assert.Equal("keep", updated.GetProperty("name").GetString());
        Assert.True(updated.GetProperty("indoor").GetBoolean());
        Assert.Equal(1200, updated.GetProperty("moving_time").GetInt32());
    }

    [Fact]
    public async Task MarkDone_CreatesAManualActivityPairedWithThePlannedWorkout()
    {
        var created = await PostAsync(Events, Key, """{"start_date_local":"2049-09-09","category":"WORKOUT","type":"Ride","name":"Done me","description":"- 30m 70%"}""");
        var id = created.GetProperty("id").GetInt32();

        var activity = await PostAsync($"{Events}/{id}/mark-done", Key, null);

        Assert.Equal(id, activity.GetProperty("paired_event_id").GetInt32());
        Assert.Equal("MANUAL", activity.GetProperty("source").GetString());
        Assert.Equal(1800, activity.GetProperty("moving_time").GetInt32());
        Assert.Equal("2049-09-09T00:00:00", activity.GetProperty("start_date_local").GetString());
    }

    [Theory]
    [InlineData("zwo")]
    [InlineData("mrc")]
    [InlineData("erg")]
    [InlineData("fit")]
    public async Task WorkoutFile_UploadedAndDownloaded_KeepsItsStructure(string format)
    {
        var source = await PostAsync(Events, Key, """{"start_date_local":"2050-10-10","category":"WORKOUT","type":"Ride","name":"Source","description":"- 10m 60%\n3x\n- 4m 105%\n- 2m 50%"}""");
        using var download = await GetAsync(_emulator.Client, $"{Events}/{source.GetProperty("id").GetInt32()}/download.{format}", Key);
        Assert.Equal(200, (int)download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        var fromFile = await PostAsync(
            Events, Key,
            JsonSerializer.Serialize(new { start_date_local = "2050-10-11", category = "WORKOUT", type = "Ride", name = "From file", filename = "w." + format, file_contents_base64 = Convert.ToBase64String(bytes) }));

        Assert.Equal(source.GetProperty("moving_time").GetInt32(), fromFile.GetProperty("moving_time").GetInt32());
        Assert.Equal(source.GetProperty("icu_training_load").GetInt32(), fromFile.GetProperty("icu_training_load").GetInt32());
    }

    [Fact]
    public async Task FitDownload_HasAValidHeaderAndFileCrc()
    {
        var source = await PostAsync(Events, Key, """{"start_date_local":"2051-01-01","category":"WORKOUT","type":"Ride","name":"Fit","description":"- 5m 60%"}""");
        using var download = await GetAsync(_emulator.Client, $"{Events}/{source.GetProperty("id").GetInt32()}/download.fit", Key);
        var bytes = await download.Content.ReadAsByteArrayAsync();

        Assert.Equal(".FIT", Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(bytes.Length - 16, BitConverter.ToInt32(bytes, 4));
        // The CRC of a whole FIT file including its trailing CRC is zero.
        Assert.Equal(0, Crc(bytes));
    }

    [Fact]
    public async Task List_ResolveAndExt_AddWattsAndTheWorkoutFile()
    {
        await PostAsync(Events, Key, """{"start_date_local":"2052-02-02","category":"WORKOUT","type":"Ride","name":"R","description":"- 10m 100%"}""");

        using var response = await GetAsync(_emulator.Client, Events + "?oldest=2052-02-01&newest=2052-02-03&resolve=true&ext=zwo", Key);
        var listed = (await ReadJsonAsync(response))[0];

        Assert.Equal(265, listed.GetProperty("workout_doc").GetProperty("steps")[0].GetProperty("_power").GetProperty("value").GetInt32());
        Assert.Equal("R.zwo", listed.GetProperty("workout_filename").GetString());
        Assert.Contains("SteadyState", Encoding.UTF8.GetString(Convert.FromBase64String(listed.GetProperty("workout_file_base64").GetString()!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithoutDates_IsTodayAndTheNextSixDaysInTheAthletesZone()
    {
        var athlete = _emulator.Server.State.FindAthlete(DemoData.DemoAthleteId)!;
        var today = DateOnly.FromDateTime(athlete.LocalNow(TimeProvider.System));
        await PostAsync(Events + "/bulk", Key, $$"""[{"start_date_local":"{{today:yyyy-MM-dd}}","category":"NOTE","name":"today"},{"start_date_local":"{{today.AddDays(6):yyyy-MM-dd}}","category":"NOTE","name":"day 7"},{"start_date_local":"{{today.AddDays(7):yyyy-MM-dd}}","category":"NOTE","name":"day 8"},{"start_date_local":"{{today.AddDays(-1):yyyy-MM-dd}}","category":"NOTE","name":"yesterday"}]""");

        using var response = await GetAsync(_emulator.Client, Events + "?category=NOTE", Key);
        var names = (await ReadJsonAsync(response)).EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();

        Assert.Contains("today", names);
        Assert.Contains("day 7", names);
        Assert.DoesNotContain("day 8", names);
        Assert.DoesNotContain("yesterday", names);
    }

    [Fact]
    public async Task ManualBulk_UpsertsOnExternalId_AndCreatesItemsWithoutOne()
    {
        const string Path = "/api/v1/athlete/0/activities/manual/bulk";
        const string Body = """[{"start_date_local":"2053-03-03T07:00:00","type":"Run","name":"Run","moving_time":1800,"external_id":"m-1"},{"start_date_local":"2053-03-04T07:00:00","type":"Walk","name":"Walk","moving_time":600}]""";
        var first = await PostAsync(Path, Key, Body);
        var second = await PostAsync(Path, Key, Body.Replace("1800", "1900", StringComparison.Ordinal));

        Assert.Equal(first[0].GetProperty("id").GetString(), second[0].GetProperty("id").GetString());
        Assert.NotEqual(first[1].GetProperty("id").GetString(), second[1].GetProperty("id").GetString());
        Assert.Equal(1900, second[0].GetProperty("moving_time").GetInt32());
        // Europe/Berlin in March is UTC+1.
        Assert.Equal("2053-03-03T06:00:00Z", second[0].GetProperty("start_date").GetString());
    }

    private async Task<JsonElement> PostAsync(string path, string authorization, string? body)
    {
        using var response = await SendAsync(_emulator.Client, HttpMethod.Post, path, authorization, body);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private async Task<JsonElement> ListAsync(string oldest, string newest, string authorization)
    {
        using var response = await GetAsync(_emulator.Client, $"{Events}?oldest={oldest}&newest={newest}", authorization);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private static ushort Crc(byte[] bytes)
    {
        ushort[] table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];
        ushort crc = 0;
        foreach (var value in bytes)
        {
            var tmp = table[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ table[value & 0xF]);
            tmp = table[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ table[(value >> 4) & 0xF]);
        }

        return crc;
    }
}
