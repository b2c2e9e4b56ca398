using System.Diagnostics;
using System.Globalization;

namespace IntervalsIcu.Benchmarks;

/// <summary>
/// The decode ratio measured pair by pair: <c>JsonDocument.Parse</c> and the module's decode run alternately, and
/// each pair gives one ratio. On a shared machine whose slow spells last longer than a BenchmarkDotNet benchmark
/// (it runs all iterations of one method, then the next), a spell then slows both sides of the pairs it covers
/// instead of one side of the comparison; the median of the pair ratios is the figure least moved by it.
/// </summary>
public static class DecodePairs
{
    public static async Task RunAsync(int pairs)
    {
        var benchmarks = new DecodeBenchmarks { Activities = 10_000 };
        benchmarks.Setup();
        for (var warmup = 0; warmup < 5; warmup++)
        {
            benchmarks.JsonDocumentParse();
            await benchmarks.IcuStreamingDecode();
        }

        var ratios = new List<double>();
        var parse = new List<double>();
        var decode = new List<double>();
        for (var pair = 0; pair < pairs; pair++)
        {
            // Alternate which side goes first, so neither always runs right after the other's garbage.
            double parseMs;
            double decodeMs;
            if (pair % 2 == 0)
            {
                parseMs = Time(benchmarks.JsonDocumentParse);
                decodeMs = await TimeAsync(benchmarks.IcuStreamingDecode);
            }
            else
            {
                decodeMs = await TimeAsync(benchmarks.IcuStreamingDecode);
                parseMs = Time(benchmarks.JsonDocumentParse);
            }

            parse.Add(parseMs);
            decode.Add(decodeMs);
            ratios.Add(decodeMs / parseMs);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"decode pairs: {pairs} pairs, JsonDocument.Parse median {Median(parse):F1} ms, decode median {Median(decode):F1} ms, decode / parse: median {Median(ratios):F2}x (quartiles {Quantile(ratios, 0.25):F2}x-{Quantile(ratios, 0.75):F2}x)"));
    }

    private static double Time(Func<int> action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeAsync(Func<Task<int>> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(share * (sorted.Count - 1))];
    }
}
