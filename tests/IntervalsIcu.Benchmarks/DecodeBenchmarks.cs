using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IntervalsIcu.Core.Json;
using Newtonsoft.Json.Linq;

namespace IntervalsIcu.Benchmarks;

/// <summary>
/// Decoding a 10,000-activity list: the module's streaming decode into IcuActivity (what
/// StreamJsonArrayAsync does) against JsonDocument.Parse of the same bytes and against Newtonsoft's
/// JToken.Parse, which is what ConvertFrom-Json pays (on the same text).
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
        json = BenchmarkData.ActivityListJson(Activities);
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
        await foreach (var activity in JsonSerializer.DeserializeAsyncEnumerable(new MemoryStream(json, writable: false), IcuModelJsonContext.Default.IcuActivity))
        {
            count += activity is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark]
    public int NewtonsoftJTokenParse() => ((JArray)JToken.Parse(text)).Count;
}
