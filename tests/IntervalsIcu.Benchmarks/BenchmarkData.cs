using System.Text;
using IntervalsIcu.Core.Model;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Benchmarks;

/// <summary>The same JSON the emulator serves: a list of N full activities as UTF-8 bytes.</summary>
public static class BenchmarkData
{
    public static byte[] ActivityListJson(int count)
    {
        var random = new Random(count);
        var array = new JsonArray();
        var newest = new DateTime(2026, 1, 1, 20, 0, 0);
        for (var index = 0; index < count; index++)
        {
            var type = index % 2 == 0 ? "Ride" : "Run";
            array.Add(DemoActivities.CreateActivity(random, "i" + (80_000_000 + index), DemoData.DigitsAthleteId, TimeZoneInfo.Utc, newest.AddHours(-6 * index), type, type + " " + index));
        }

        return Encoding.UTF8.GetBytes(array.ToJsonString());
    }

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
