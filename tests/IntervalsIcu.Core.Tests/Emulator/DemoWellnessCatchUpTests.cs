using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// An emulator seeded before the demo athlete's midnight must still have "today" after it, as the real server
/// has once the devices sync: a test file that runs across midnight in Berlin otherwise finds one day missing.
/// </summary>
public sealed class DemoWellnessCatchUpTests
{
    [Fact]
    public void CatchUp_AfterTheAthletesMidnight_AddsTheNewDayOnce()
    {
        var state = DemoDataSeeder.CreateSeededState();
        var nextDay = new MovedClock(TimeSpan.FromDays(1));
        var newDay = DemoWellness.DateOf(0, nextDay).ToDateTime(TimeOnly.MinValue);
        Assert.Empty(state.Wellness.List(DemoData.DemoAthleteId, newDay, newDay));

        DemoWellness.CatchUp(state, nextDay);
        DemoWellness.CatchUp(state, nextDay);

        var added = Assert.Single(state.Wellness.List(DemoData.DemoAthleteId, newDay, newDay));
        Assert.Equal(newDay.ToString("yyyy-MM-dd"), added["id"]!.GetValue<string>());
        Assert.NotNull(added["restingHR"]);
    }

    [Fact]
    public void CatchUp_KeepsADayAClientWrote()
    {
        var state = DemoDataSeeder.CreateSeededState();
        var nextDay = new MovedClock(TimeSpan.FromDays(1));
        var key = DemoWellness.DateOf(0, nextDay).ToString("yyyy-MM-dd");
        state.Wellness.Upsert(DemoData.DemoAthleteId, key, _ => new System.Text.Json.Nodes.JsonObject { ["id"] = key, ["weight"] = 70.1 });

        DemoWellness.CatchUp(state, nextDay);

        var day = Assert.Single(state.Wellness.List(DemoData.DemoAthleteId, DateTime.Parse(key), DateTime.Parse(key)));
        Assert.Equal(70.1, day["weight"]!.GetValue<double>());
        Assert.Null(day["restingHR"]);
    }

    [Fact]
    public void CatchUp_WithoutAStreakReachingYesterday_AddsNothing()
    {
        var state = DemoDataSeeder.CreateSeededState();
        var count = state.Wellness.Count(DemoData.DemoAthleteId);

        DemoWellness.CatchUp(state, new MovedClock(TimeSpan.FromDays(3)));

        Assert.Equal(count, state.Wellness.Count(DemoData.DemoAthleteId));
    }

    /// <summary>The system clock moved by a fixed amount.</summary>
    private sealed class MovedClock(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }
}
