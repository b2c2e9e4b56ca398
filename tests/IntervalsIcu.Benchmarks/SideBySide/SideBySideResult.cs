using System.Globalization;

namespace IntervalsIcu.Benchmarks.SideBySide;

/// <summary>Medians of one job's runs; the ratio is the median of the run-by-run ratios (module / hand-written).</summary>
internal sealed record SideBySideResult(string Job, double ModuleMs, int ModuleRequests, int ModuleThrottled, double HandWrittenMs, int HandWrittenRequests, double Ratio, int Runs)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Job,-44} module {ModuleMs,8:F0} ms {ModuleRequests,4} req ({ModuleThrottled} x 429) | hand-written {HandWrittenMs,8:F0} ms {HandWrittenRequests,3} req | ratio {Ratio:F2}x (median of {Runs})");
}
