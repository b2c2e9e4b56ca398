using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// An athlete's gear as the server keeps it (api-facts §5.6): a road bike, a trainer bike, running shoes
/// and a chain on the road bike, fitted <see cref="ChainAgeDays"/> days ago, with a 3000 km reminder.
/// Distance (m), time (s) and activity counts are summed from the athlete's activities of the matching
/// types (the chain's since it was fitted), as the server's gear/calc does, so they agree with what
/// Get-IcuActivity lists.
/// </summary>
public static class DemoGear
{
    public const string RoadBikeId = "b1234567";
    public const string TrainerBikeId = "b1234568";
    public const string ShoesId = "g2345678";
    public const string ChainId = "c3456789";

    /// <summary>The chain's service interval: 3000 km.</summary>
    public const double ChainReminderMetres = 3_000_000;

    public const int ChainAgeDays = 60;

    public static JsonArray For(string athleteId, IReadOnlyList<JsonObject> activities, DateTime todayLocal)
    {
        var road = Totals(activities, "Ride");
        var trainer = Totals(activities, "VirtualRide");
        var shoes = Totals(activities, "Run");
        var fitted = todayLocal.Date.AddDays(-ChainAgeDays);
        var chain = Totals(activities.Where(a => LocalDateTimeText.TryParse(a["start_date_local"]?.GetValue<string>(), out var start, out _) && start >= fitted).ToList(), "Ride");
        var fittedText = fitted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            Item(RoadBikeId, athleteId, "Bike", "Road bike", "2022-03-12", road, component: false, [ChainId]),
            Item(TrainerBikeId, athleteId, "Bike", "Trainer bike", "2021-11-02", trainer, component: false, []),
            Item(ShoesId, athleteId, "Shoes", "Running shoes", "2024-02-20", shoes, component: false, []),
            WithChainReminder(Item(ChainId, athleteId, "Chain", "Road bike chain", fittedText, chain, component: true, []), fittedText),
        ];
    }

    private static (double Distance, double Time, int Count) Totals(IReadOnlyList<JsonObject> activities, string type)
    {
        var matching = activities.Where(a => a["type"]?.GetValue<string>() == type).ToList();
        return (
            Math.Round(matching.Sum(a => a["distance"]?.GetValue<double>() ?? 0), 1),
            matching.Sum(a => (double)(a["moving_time"]?.GetValue<int>() ?? 0)),
            matching.Count);
    }

    private static JsonObject Item(string id, string athleteId, string type, string name, string purchased, (double Distance, double Time, int Count) totals, bool component, string[] components) => new()
    {
        ["id"] = id,
        ["athlete_id"] = athleteId,
        ["type"] = type,
        ["name"] = name,
        ["purchased"] = purchased,
        ["notes"] = null,
        ["distance"] = totals.Distance,
        ["time"] = totals.Time,
        ["activities"] = totals.Count,
        ["use_elapsed_time"] = false,
        ["retired"] = null,
        ["component_ids"] = new JsonArray(components.Select(c => (JsonNode?)c).ToArray()),
        ["reminders"] = new JsonArray(),
        ["activity_filters"] = new JsonArray(),
        ["component"] = component,
    };

    private static JsonObject WithChainReminder(JsonObject chain, string fitted)
    {
        var used = chain["distance"]!.GetValue<double>();
        chain["reminders"] = new JsonArray(new JsonObject
        {
            ["id"] = 1,
            ["gear_id"] = ChainId,
            ["name"] = "Replace chain",
            ["distance"] = ChainReminderMetres,
            ["time"] = null,
            ["activities"] = null,
            ["days"] = null,
            ["last_reset"] = fitted + "T00:00:00.000+00:00",
            ["starting_distance"] = 0.0,
            ["starting_time"] = 0.0,
            ["starting_activities"] = 0,
            ["snoozed_until"] = null,
            ["percent_used"] = Math.Round(used / ChainReminderMetres * 100, 1),
            ["distance_used"] = used,
            ["time_used"] = chain["time"]!.GetValue<double>(),
            ["activities_used"] = chain["activities"]!.GetValue<int>(),
            ["days_used"] = null,
        });
        return chain;
    }
}
