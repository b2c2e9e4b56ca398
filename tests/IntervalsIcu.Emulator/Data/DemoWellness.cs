using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Emulator;

/// <summary>
/// The demo athlete's wellness: the last <see cref="SeededDays"/> days up to today in the athlete's zone,
/// so <c>Get-IcuWellness</c> shows a week without arguments. Values depend only on how many days ago a
/// day is, so "today" always looks the same. Gaps, a custom field, a locked day and sport info are there
/// on purpose: they are what uploaders get wrong. Fitness, fatigue and ramp rate come from the demo
/// activities' loads (<see cref="DemoFitness"/>), so the chart agrees with the activity list.
/// </summary>
public static class DemoWellness
{
    public const int SeededDays = 28;

    /// <summary>A custom numeric wellness field (a Custom Item of type INPUT_FIELD, api-facts §5.3).</summary>
    public const string CustomFieldCode = "BodyBattery";

    /// <summary>This day was fixed by hand in the web app and locked against device syncs.</summary>
    public const int LockedDaysAgo = 2;

    /// <summary>Every <see cref="GapEvery"/>th day the scale was not used: no weight, no body fat.</summary>
    public const int GapEvery = 5;

    /// <summary>The demo athlete's date <paramref name="daysAgo"/> days before today in their zone.</summary>
    public static DateOnly DateOf(int daysAgo, TimeProvider? clock = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(DemoData.DemoAthleteTimezone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime((clock ?? TimeProvider.System).GetUtcNow(), zone).DateTime);
        return today.AddDays(-daysAgo);
    }

    /// <summary>The seeded day <paramref name="daysAgo"/> days before today, as the list returns it, with that day's <paramref name="fitness"/>.</summary>
    public static JsonObject Day(DateOnly date, int daysAgo, DemoFitnessDay fitness)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        var day = DemoWellnessFields.BlankDay(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var wave = daysAgo % 7;
        day["ctl"] = fitness.Ctl;
        day["atl"] = fitness.Atl;
        day["rampRate"] = fitness.RampRate;
        day["ctlLoad"] = fitness.Load;
        day["atlLoad"] = fitness.Load;
        day["sportInfo"] = new JsonArray(new JsonObject { ["type"] = "Ride", ["eftp"] = 268.0, ["wPrime"] = 18500.0, ["pMax"] = 950.0 });
        day["updated"] = date.ToDateTime(new TimeOnly(6, 30)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+00:00";
        if (daysAgo % GapEvery != GapEvery - 1)
        {
            day["weight"] = 71.0 + (wave / 10.0);
            day["bodyFat"] = 14.5;
        }

        day["restingHR"] = 46 + (wave % 4);
        day["hrv"] = 58.0 + wave;
        day["sleepSecs"] = 25_200 + (wave * 600);
        day["sleepScore"] = 78.0 + wave;
        day["soreness"] = 1 + (wave % 3);
        day["fatigue"] = 2;
        day["mood"] = 1 + (wave % 2);
        day["motivation"] = 2;
        day["steps"] = 8_000 + (wave * 750);
        day["locked"] = daysAgo == LockedDaysAgo;
        day[CustomFieldCode] = 60 + (wave * 5);
        if (daysAgo == LockedDaysAgo)
        {
            day["comments"] = "Scale battery flat; weight entered by hand";
        }

        return day;
    }

    /// <summary>
    /// When the demo athlete's day has turned since the seeding (midnight in Berlin while an emulator runs), their
    /// devices sync the new day as they would on the real server: the day after the seeded streak is added once,
    /// so a command asking for "today" finds it whenever it runs. A day written by a client is left as it is.
    /// </summary>
    internal static void CatchUp(EmulatorState state, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(state);
        var today = DateOf(0, clock);
        var yesterday = today.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        if (state.Wellness.List(DemoData.DemoAthleteId, yesterday, yesterday).Count == 0)
        {
            return; // no seeded streak reaches yesterday: nothing to continue
        }

        var chart = DemoFitness.Compute(state.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue), today);
        var key = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        state.Wellness.Upsert(DemoData.DemoAthleteId, key, stored => stored ?? Day(today, 0, chart.GetValueOrDefault(today) ?? new DemoFitnessDay(0, 0, 0, 0)));
    }

    internal static void Seed(EmulatorState state, TimeProvider clock)
    {
        var chart = DemoFitness.Compute(state.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue), DateOf(0, clock));
        for (var daysAgo = SeededDays - 1; daysAgo >= 0; daysAgo--)
        {
            var date = DateOf(daysAgo, clock);
            state.Wellness.Add(DemoData.DemoAthleteId, Day(date, daysAgo, chart.GetValueOrDefault(date) ?? new DemoFitnessDay(0, 0, 0, 0)));
        }
    }
}
