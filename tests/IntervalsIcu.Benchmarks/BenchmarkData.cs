using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Benchmarks;

/// <summary>Figures the benchmarks print beside their input (DemoActivities.ListJson).</summary>
public static class BenchmarkData
{
    /// <summary>The heap bytes of one empty IcuActivity (its 178 nullable properties): what every decoded activity costs at least.</summary>
    public static long ActivityObjectBytes()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var activity = new IcuActivity();
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(activity);
        return after - before;
    }
}
