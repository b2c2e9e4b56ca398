using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// The generated activity reader (IcuActivityJsonReader, what the activity lister decodes with) must read
/// exactly what the source-generated context reads: both results written back by the context give the same text.
/// </summary>
public sealed class GeneratedActivityReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly HttpClient client = Fresh(fixture);

    [Fact]
    public async Task BenchmarkStyleList_ReadsWhatTheContextReads()
    {
        await AssertSameAsContextAsync(BenchmarkStyleList(500), expectedCount: 500);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task BenchmarkStyleList_StreamedInPieces_ReadsWhatTheContextReads(int seed)
    {
        // Every object is cut at some token (or inside one) and read again from its start when more bytes come.
        var json = BenchmarkStyleList(200);
        var expected = await DecodeAsync(json, IcuModelJsonContext.Default.IcuActivity);

        var streamed = await JsonArrayStream.ReadAsync(ChunkedReadStream.RandomChunks(json, seed, maxChunk: 300), IcuActivityJsonReader.ItemReader, CancellationToken.None).ToListAsync();

        Assert.Equal(expected.Select(Written), streamed.Select(Written));
    }

    [Fact]
    public async Task BenchmarkStyleList_StreamedByteByByte_ReadsWhatTheContextReads()
    {
        var json = BenchmarkStyleList(20);
        var expected = await DecodeAsync(json, IcuModelJsonContext.Default.IcuActivity);

        var streamed = await JsonArrayStream.ReadAsync(ChunkedReadStream.ByteByByte(json), IcuActivityJsonReader.ItemReader, CancellationToken.None).ToListAsync();

        Assert.Equal(expected.Select(Written), streamed.Select(Written));
    }

    [Fact]
    public async Task EmulatorDemoActivities_ReadWhatTheContextReads_CustomFieldsIncluded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/athlete/{DemoData.DemoAthleteId}/activities?oldest=2000-01-01");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("API_KEY:" + DemoData.DemoApiKey)));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsByteArrayAsync();

        var activities = await AssertSameAsContextAsync(json, expectedCount: null);

        Assert.True(activities.Count > 100, $"only {activities.Count} demo activities");
        Assert.Contains(activities, a => a.GetCustomFields().ContainsKey(DemoActivities.SwolfField));
    }

    [Fact]
    public void EscapedPropertyNames_AreMatchedUnescaped()
    {
        var activity = Read("""{"\u0069d":"i1","icu_\u0066tp":250,"t\u0061gs":["a"],"custom\u005Ffield":1}""");

        Assert.Equal("i1", activity.Id);
        Assert.Equal(250, activity.IcuFtp);
        Assert.Equal(["a"], activity.Tags!);
        Assert.Equal(1, activity.GetCustomFields()["custom_field"].GetInt32());
        AssertSameAsContext("""{"\u0069d":"i1","icu_\u0066tp":250,"t\u0061gs":["a"],"custom\u005Ffield":1}""");
    }

    [Fact]
    public void NumbersInStrings_AreReadAsTheContextReadsThem()
    {
        const string Json = """{"icu_ftp":"250","icu_training_load":"87","distance":"40123.5","moving_time":"3600","icu_hr_zones":["120",140]}""";
        var activity = Read(Json);

        Assert.Equal(250, activity.IcuFtp);
        Assert.Equal(40123.5, activity.Distance);
        Assert.Equal([120, 140], activity.IcuHrZones!);
        AssertSameAsContext(Json);
    }

    [Fact]
    public void NullForEveryKind_IsNullAsTheContextReadsIt()
    {
        // One field of every kind the reader has: string, int, long, double, bool, local date-time, instant,
        // nested object, list of numbers, list of objects, and the single-or-array override.
        var activity = typeof(IcuActivity).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false).Length > 0)
            .Select(p => ((System.Text.Json.Serialization.JsonPropertyNameAttribute)p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)[0]).Name)
            .ToList();
        var json = "{" + string.Join(",", activity.Select(name => $"\"{name}\":null")) + "}";

        var read = Read(json);

        Assert.Equal(178, activity.Count);
        Assert.All(typeof(IcuActivity).GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0), p => Assert.Null(p.GetValue(read)));
        AssertSameAsContext(json);
    }

    [Fact]
    public void UnknownProperties_AreKeptAsCustomFields_AndSecretsDropped()
    {
        const string Json = """{"id":"i1","SWOLF":31.5,"Feel_Text":"good","nested":{"a":[1,2]},"icu_api_key":"secret"}""";
        var activity = Read(Json);

        var custom = activity.GetCustomFields();
        Assert.Equal(31.5, custom["SWOLF"].GetDouble());
        Assert.Equal("good", custom["Feel_Text"].GetString());
        Assert.Equal(2, custom["nested"].GetProperty("a")[1].GetInt32());
        Assert.False(custom.ContainsKey("icu_api_key"));
        AssertSameAsContext(Json);
    }

    [Theory]
    [InlineData("""{"id":1}""")]
    [InlineData("""{"icu_ftp":"fast"}""")]
    [InlineData("""{"icu_ftp":250.5}""")]
    [InlineData("""{"icu_ftp":true}""")]
    [InlineData("""{"distance":[1]}""")]
    [InlineData("""{"trainer":"yes"}""")]
    [InlineData("""{"trainer":1}""")]
    [InlineData("""{"start_date_local":5}""")]
    [InlineData("""{"start_date":"not a date"}""")]
    [InlineData("""{"icu_hr_zones":{"z":1}}""")]
    [InlineData("""{"icu_zone_times":[1]}""")]
    [InlineData("""{"icu_hrr":"x"}""")]
    [InlineData("""[]""")]
    public void ValuesOfTheWrongKind_AreAJsonException_AsWithTheContext(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuActivity));
        Assert.ThrowsAny<JsonException>(() => Read(json));
    }

    /// <summary>The benchmark's data (DemoActivities.ListJson): full rides and runs as the emulator's JSON writer writes them.</summary>
    private static byte[] BenchmarkStyleList(int count) => DemoActivities.ListJson(count);

    private static string Written(IcuActivity activity) => JsonSerializer.Serialize(activity, IcuModelJsonContext.Default.IcuActivity);

    private static HttpClient Fresh(EmulatorFixture fixture)
    {
        fixture.Fresh();
        return fixture.Client;
    }

    private static IcuActivity Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.True(IcuActivityJsonReader.TryRead(ref reader, out var activity));
        return activity!;
    }

    private static void AssertSameAsContext(string json) =>
        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize(json, IcuModelJsonContext.Default.IcuActivity)!, IcuModelJsonContext.Default.IcuActivity),
            JsonSerializer.Serialize(Read(json), IcuModelJsonContext.Default.IcuActivity));

    /// <summary>Decodes the list as the lister does (streamed) with both type infos and compares each activity's written text.</summary>
    private static async Task<List<IcuActivity>> AssertSameAsContextAsync(byte[] json, int? expectedCount)
    {
        var expected = await DecodeAsync(json, IcuModelJsonContext.Default.IcuActivity);
        var actual = ReadAll(json);

        Assert.Equal(expected.Count, actual.Count);
        if (expectedCount is { } count)
        {
            Assert.Equal(count, actual.Count);
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(
                JsonSerializer.Serialize(expected[i], IcuModelJsonContext.Default.IcuActivity),
                JsonSerializer.Serialize(actual[i], IcuModelJsonContext.Default.IcuActivity));
        }

        return actual;
    }

    private static List<IcuActivity> ReadAll(byte[] json)
    {
        var activities = new List<IcuActivity>();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Assert.True(IcuActivityJsonReader.TryRead(ref reader, out var activity));
            activities.Add(activity!);
        }

        return activities;
    }

    private static async Task<List<IcuActivity>> DecodeAsync(byte[] json, JsonTypeInfo<IcuActivity> typeInfo)
    {
        var activities = new List<IcuActivity>();
        await foreach (var activity in JsonSerializer.DeserializeAsyncEnumerable(new MemoryStream(json, writable: false), typeInfo))
        {
            activities.Add(activity!);
        }

        return activities;
    }
}
