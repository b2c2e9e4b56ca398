using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Emulator.Data;
using Newtonsoft.Json.Linq;

namespace IntervalsIcu.Benchmarks;

/// <summary>
/// Decoding a 10,000-activity list: the module's streaming decode into IcuActivity (what the activity
/// lister's StreamJsonArrayAsync does: JsonArrayStream driving the generated IcuActivityJsonReader) against
/// JsonDocument.Parse of the same bytes, against the serializer's own streaming decode into the same model,
/// against Newtonsoft's JToken.Parse, which is what ConvertFrom-Json pays (on the same text), and against the
/// floor of reading every value once.
/// </summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private byte[] json = [];
    private string text = string.Empty;

    [Params(10_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        json = DemoActivities.ListJson(Activities);
        text = Encoding.UTF8.GetString(json);
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetArrayLength();
    }

    [Benchmark]
    public async Task<int> IcuStreamingDecode()
    {
        var count = 0;
        await foreach (var activity in JsonArrayStream.ReadAsync(new MemoryStream(json, writable: false), IcuActivityJsonReader.ItemReader, CancellationToken.None))
        {
            count += activity is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>The serializer's streaming decode into the same model (the module's decode until issue 13).</summary>
    [Benchmark]
    public async Task<int> SerializerStreamingDecode()
    {
        var count = 0;
        await foreach (var activity in JsonSerializer.DeserializeAsyncEnumerable(new MemoryStream(json, writable: false), IcuModelJsonContext.Default.IcuActivity))
        {
            count += activity is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// The floor under any typed decode: every string and number value read out of the bytes once, with no
    /// objects built and no property names matched. What the decode costs beyond this is its own work.
    /// </summary>
    [Benchmark]
    public int ReadEveryValue()
    {
        var reader = new Utf8JsonReader(json);
        var values = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    values += reader.GetString()!.Length > 0 ? 1 : 0;
                    break;
                case JsonTokenType.Number:
                    values += reader.GetDouble() != 0 ? 1 : 0;
                    break;
            }
        }

        return values;
    }

    [Benchmark]
    public int NewtonsoftJTokenParse() => ((JArray)JToken.Parse(text)).Count;
}
