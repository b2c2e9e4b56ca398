using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Tests.Emulator;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>The emulator's wellness endpoints behave like the server's (api-facts §5.3), so the uploader's tests mean something.</summary>
public sealed class EmulatorWellnessEndpointTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture emulator;

    public EmulatorWellnessEndpointTests(EmulatorFixture emulator)
    {
        this.emulator = emulator;
        emulator.Fresh();
    }

    [Fact]
    public async Task PutOneDate_CreatesTheDayAndAnswersItWithEveryProperty()
    {
        var (_, key) = WellnessTestAthletes.Add(emulator.Server);

        using var response = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness/2024-05-04", ApiKey(key), """{"weight":70.5,"restingHR":48}""");
        var day = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("2024-05-04", day.GetProperty("id").GetString());
        Assert.Equal(70.5, day.GetProperty("weight").GetDouble());
        Assert.Equal(48, day.GetProperty("restingHR").GetInt32());
        Assert.Equal(JsonValueKind.Null, day.GetProperty("hrv").ValueKind);
        Assert.Equal(JsonValueKind.String, day.GetProperty("updated").ValueKind);
    }

    [Fact]
    public async Task Put_ChangesOnlyTheSuppliedFields_MinusOneClears_NullIsNotSupplied()
    {
        var (athleteId, key) = WellnessTestAthletes.Add(emulator.Server);
        await PutAsync(key, "/wellness/2024-05-04", """{"weight":70.5,"restingHR":48,"hrv":61.0}""");

        await PutAsync(key, "/wellness/2024-05-04", """{"restingHR":-1,"hrv":null,"sleepSecs":27000}""");

        var day = Assert.Single(emulator.Server.State.Wellness.List(athleteId, DateTime.MinValue, DateTime.MaxValue));
        Assert.Equal(70.5, day["weight"]!.GetValue<double>());
        Assert.Null(day["restingHR"]);
        Assert.Equal(61.0, day["hrv"]!.GetValue<double>());
        Assert.Equal(27000, day["sleepSecs"]!.GetValue<int>());
    }

    [Fact]
    public async Task Put_StoresUnknownKeysAsCustomFieldsAndIgnoresComputedOnes()
    {
        var (athleteId, key) = WellnessTestAthletes.Add(emulator.Server);

        await PutAsync(key, "/wellness", """{"id":"2024-05-04","BodyBattery":71,"ctl":99.0,"comments":"easy day"}""");

        var day = Assert.Single(emulator.Server.State.Wellness.List(athleteId, DateTime.MinValue, DateTime.MaxValue));
        Assert.Equal(71, day["BodyBattery"]!.GetValue<int>());
        Assert.Null(day["ctl"]);
        Assert.Equal("easy day", day["comments"]!.GetValue<string>());
    }

    [Fact]
    public async Task PutToALockedDay_IsAccepted_LockedOnlyStopsDeviceSyncs()
    {
        var (athleteId, key) = WellnessTestAthletes.Add(emulator.Server);
        await PutAsync(key, "/wellness/2024-05-04", """{"weight":70.5,"locked":true}""");

        using var response = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness/2024-05-04", ApiKey(key), """{"weight":71.0}""");

        Assert.Equal(200, (int)response.StatusCode);
        var day = Assert.Single(emulator.Server.State.Wellness.List(athleteId, DateTime.MinValue, DateTime.MaxValue));
        Assert.Equal(71.0, day["weight"]!.GetValue<double>());
        Assert.True(day["locked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bulk_WritesEveryDay_Answers200WithNoBody_AndTheLogKeepsTheBody()
    {
        var (athleteId, key) = WellnessTestAthletes.Add(emulator.Server);
        const string Body = """[{"id":"2024-05-04","weight":70.5},{"id":"2024-05-05","restingHR":47}]""";

        using var response = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness-bulk", ApiKey(key), Body);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(2, emulator.Server.State.Wellness.Count(athleteId));
        Assert.Equal(Body, emulator.Server.Requests.Last!.Body);
    }

    [Theory]
    [InlineData("""[{"id":"2024-05-04","weight":"70.5"}]""", 400)]
    [InlineData("""[{"id":"2024-05-04","restingHR":48.5}]""", 400)]
    [InlineData("""[{"id":"2024-05-04","locked":"yes"}]""", 400)]
    [InlineData("""{"id":"2024-05-04"}""", 400)]
    [InlineData("""[{"weight":70.5}]""", 422)]
    [InlineData("""[{"id":"04.05.2024","weight":70.5}]""", 422)]
    public async Task Bulk_ABadDay_RefusesTheWholeRequestAndStoresNothing(string body, int status)
    {
        var (athleteId, key) = WellnessTestAthletes.Add(emulator.Server);
        var valid = """[{"id":"2024-05-03","weight":70.0},""" + body.TrimStart('[');

        using var response = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness-bulk", ApiKey(key), body.StartsWith('[') ? valid : body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(0, emulator.Server.State.Wellness.Count(athleteId));
    }

    [Fact]
    public async Task GetOneDate_ReturnsTheDay_Or404WhenNobodyFilledIt()
    {
        var (_, key) = WellnessTestAthletes.Add(emulator.Server);
        await PutAsync(key, "/wellness/2024-05-04", """{"weight":70.5}""");

        using var found = await GetAsync(emulator.Client, "/api/v1/athlete/0/wellness/2024-05-04", ApiKey(key));
        using var missing = await GetAsync(emulator.Client, "/api/v1/athlete/0/wellness/2024-05-05", ApiKey(key));

        Assert.Equal(70.5, (await ReadJsonAsync(found)).GetProperty("weight").GetDouble());
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task WellnessWriteToken_MayWriteButNotRead()
    {
        using var write = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness-bulk", Bearer(DemoData.WellnessWriteToken), """[{"id":"2001-01-01","steps":1}]""");
        using var read = await GetAsync(emulator.Client, "/api/v1/athlete/0/wellness?oldest=2001-01-01&newest=2001-01-01", Bearer(DemoData.WellnessWriteToken));
        using var readAllWrite = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/wellness-bulk", Bearer(DemoData.ReadAllToken), """[{"id":"2001-01-02","steps":1}]""");

        Assert.Equal(200, (int)write.StatusCode);
        Assert.Equal(403, (int)read.StatusCode);
        Assert.Equal(403, (int)readAllWrite.StatusCode);
    }

    [Fact]
    public async Task DemoAthlete_HasFourWeeksUpToTodayWithAGapACustomFieldAndALockedDay()
    {
        var today = DemoWellness.DateOf(0);
        var oldest = today.AddDays(-(DemoWellness.SeededDays - 1));

        using var response = await GetAsync(emulator.Client, $"/api/v1/athlete/0/wellness?oldest={Text(oldest.AddDays(-3))}", ApiKey(DemoData.DemoApiKey));
        var days = (await ReadJsonAsync(response)).EnumerateArray().ToArray();

        Assert.Equal(DemoWellness.SeededDays, days.Length);
        Assert.Equal(Text(oldest), days[0].GetProperty("id").GetString());
        Assert.Equal(Text(today), days[^1].GetProperty("id").GetString());
        var locked = Assert.Single(days, day => day.GetProperty("locked").GetBoolean());
        Assert.Equal(Text(DemoWellness.DateOf(DemoWellness.LockedDaysAgo)), locked.GetProperty("id").GetString());
        Assert.All(days, day => Assert.Equal(JsonValueKind.Number, day.GetProperty(DemoWellness.CustomFieldCode).ValueKind));
        Assert.Contains(days, day => day.GetProperty("weight").ValueKind == JsonValueKind.Null);
        Assert.Equal("Ride", days[0].GetProperty("sportInfo")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void DemoWellness_EveryPropertyOfTheSpecsWellness_IsInTheStoredDay()
    {
        var specNames = typeof(IntervalsIcu.Core.Model.IcuWellness).GetProperties()
            .Select(property => property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false))
            .SelectMany(attributes => attributes.Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>())
            .Select(attribute => attribute.Name)
            .Order(StringComparer.Ordinal);

        var stored = DemoWellness.Day(new DateOnly(2024, 5, 4), 3, new DemoFitnessDay(50, 55, 1, 80)).Select(pair => pair.Key).Where(name => name != DemoWellness.CustomFieldCode);

        Assert.Equal(specNames, stored.Order(StringComparer.Ordinal));
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task PutAsync(string key, string path, string body)
    {
        using var response = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0" + path, ApiKey(key), body);
        Assert.Equal(200, (int)response.StatusCode);
        _ = JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
