using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// One <c>SummaryWithCats</c> of <c>GET /athlete/{id}/athlete-summary</c>: an athlete's activities of a
/// range of local dates summed (count, times, distance, climbing, calories, load), per activity type in
/// <c>byCategory</c>, with the fitness chart of the range's last day (<see cref="DemoFitness"/>).
/// Inferences: <c>date</c> is the range's first day, <c>time</c> is the moving time, <c>form</c> is
/// fitness − fatigue, <c>weight</c> is the athlete's profile weight.
/// </summary>
public static class DemoAthleteSummary
{
    public static JsonObject For(EmulatedAthlete athlete, IReadOnlyList<JsonObject> allActivities, DateOnly start, DateOnly end, string? mostRecentWellnessId)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var inRange = allActivities.Where(activity => DemoFitness.DayOf(activity) is { } day && day >= start && day <= end).ToList();
        var chart = DemoFitness.Compute(allActivities, end).GetValueOrDefault(end) ?? new DemoFitnessDay(0, 0, 0, 0);
        var summary = Totals(inRange);
        summary["date"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        summary["athlete_id"] = athlete.Id;
        summary["athlete_name"] = athlete.Name;
        summary["email"] = null;
        summary["external_id"] = null;
        summary["fitness"] = chart.Ctl;
        summary["fatigue"] = chart.Atl;
        summary["form"] = chart.Ctl - chart.Atl;
        summary["rampRate"] = chart.RampRate;
        summary["weight"] = athlete.CloneDocument()["icu_weight"]?.DeepClone();
        summary["timeInZones"] = new JsonArray();
        summary["timeInZonesTot"] = 0;
        summary["byCategory"] = new JsonArray(inRange
            .GroupBy(activity => activity["type"]?.GetValue<string>() ?? "Other")
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var category = Totals(group.ToList());
                category["category"] = group.Key;
                return (JsonNode?)category;
            })
            .ToArray());
        summary["mostRecentWellnessId"] = mostRecentWellnessId;
        return summary;
    }

    private static JsonObject Totals(IReadOnlyList<JsonObject> activities) => new()
    {
        ["count"] = activities.Count,
        ["time"] = (int)Sum(activities, "moving_time"),
        ["moving_time"] = (int)Sum(activities, "moving_time"),
        ["elapsed_time"] = (int)Sum(activities, "elapsed_time"),
        ["calories"] = (int)Sum(activities, "calories"),
        ["total_elevation_gain"] = Math.Round(Sum(activities, "total_elevation_gain"), 1),
        ["training_load"] = (int)Sum(activities, "icu_training_load"),
        ["srpe"] = (int)Sum(activities, "session_rpe"),
        ["distance"] = Math.Round(Sum(activities, "distance"), 1),
        ["eftp"] = null,
        ["eftpPerKg"] = null,
    };

    private static double Sum(IEnumerable<JsonObject> activities, string field) => activities.Sum(activity => DemoFitness.Number(activity, field));
}
