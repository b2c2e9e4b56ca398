using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The fitness chart of an athlete computed from their activities' <c>icu_training_load</c>, the way
/// Intervals.icu documents it: fitness (CTL) and fatigue (ATL) are exponentially weighted averages of the
/// daily load over 42 and 7 days, starting from zero on the first day with an activity. Inferences (the
/// exact server arithmetic is not published): each day moves the average by (load − average) / days, and
/// the ramp rate is the change of CTL over the last 7 days.
/// </summary>
public static class DemoFitness
{
    public const int FitnessDays = 42;
    public const int FatigueDays = 7;
    public const int RampDays = 7;

    /// <summary>Every day from the first activity to <paramref name="newest"/>, by local date.</summary>
    public static IReadOnlyDictionary<DateOnly, DemoFitnessDay> Compute(IEnumerable<JsonObject> activities, DateOnly newest)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var loadByDay = new Dictionary<DateOnly, double>();
        foreach (var activity in activities)
        {
            if (DayOf(activity) is { } day && activity["icu_training_load"] is JsonValue)
            {
                loadByDay[day] = loadByDay.GetValueOrDefault(day) + Number(activity, "icu_training_load");
            }
        }

        var chart = new Dictionary<DateOnly, DemoFitnessDay>();
        if (loadByDay.Count == 0)
        {
            return chart;
        }

        var ctlHistory = new List<double>();
        double ctl = 0, atl = 0;
        for (var day = loadByDay.Keys.Min(); day <= newest; day = day.AddDays(1))
        {
            var load = loadByDay.GetValueOrDefault(day);
            ctl += (load - ctl) / FitnessDays;
            atl += (load - atl) / FatigueDays;
            ctlHistory.Add(ctl);
            var weekAgo = ctlHistory.Count > RampDays ? ctlHistory[^(RampDays + 1)] : 0;
            chart[day] = new DemoFitnessDay(ctl, atl, ctl - weekAgo, load);
        }

        return chart;
    }

    /// <summary>The local date an activity started on.</summary>
    internal static DateOnly? DayOf(JsonObject activity) =>
        activity["start_date_local"]?.GetValue<string>() is { Length: >= 10 } start && DateOnly.TryParseExact(start[..10], "yyyy-MM-dd", out var day) ? day : null;

    /// <summary>A numeric field of an activity, 0 when absent or null; seeded (int) and written (JSON text) numbers alike.</summary>
    internal static double Number(JsonObject activity, string field) =>
        activity[field] is JsonValue value ? double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) : 0;
}
