using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The 46 properties of the spec's <c>Wellness</c> schema as the emulator stores and writes them
/// (api-facts §6.2): which a client may set, which are numbers (so <c>-1</c> clears them), and which the
/// server computes and ignores on write.
/// </summary>
internal static class DemoWellnessFields
{
    /// <summary>int32 fields a client writes.</summary>
    public static readonly IReadOnlySet<string> Integers = new HashSet<string>(StringComparer.Ordinal)
    {
        "restingHR", "kcalConsumed", "sleepSecs", "sleepQuality", "soreness", "fatigue", "stress", "mood", "motivation",
        "injury", "systolic", "diastolic", "hydration", "steps",
    };

    /// <summary>float fields a client writes.</summary>
    public static readonly IReadOnlySet<string> Numbers = new HashSet<string>(StringComparer.Ordinal)
    {
        "weight", "hrv", "hrvSDNN", "sleepScore", "avgSleepingHR", "spO2", "hydrationVolume", "readiness", "baevskySI",
        "bloodGlucose", "lactate", "bodyFat", "abdomen", "vo2max", "respiration", "carbohydrates", "protein", "fatTotal",
    };

    /// <summary>Text fields a client writes.</summary>
    public static readonly IReadOnlySet<string> Texts = new HashSet<string>(StringComparer.Ordinal) { "comments", "menstrualPhase" };

    /// <summary>Boolean fields a client writes; <c>tempWeight</c>/<c>tempRestingHR</c> are undocumented flags, stored as sent.</summary>
    public static readonly IReadOnlySet<string> Booleans = new HashSet<string>(StringComparer.Ordinal) { "locked", "tempWeight", "tempRestingHR" };

    /// <summary>Computed by the server (class C) and the key; a write never changes them.</summary>
    public static readonly IReadOnlySet<string> ServerOwned = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "ctl", "atl", "rampRate", "ctlLoad", "atlLoad", "sportInfo", "updated", "menstrualPhasePredicted",
    };

    /// <summary>Every schema property, in the spec's order, which is the order the server writes them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "id", "ctl", "atl", "rampRate", "ctlLoad", "atlLoad", "sportInfo", "updated", "weight", "restingHR", "hrv", "hrvSDNN",
        "menstrualPhase", "menstrualPhasePredicted", "kcalConsumed", "sleepSecs", "sleepScore", "sleepQuality", "avgSleepingHR",
        "soreness", "fatigue", "stress", "mood", "motivation", "injury", "spO2", "systolic", "diastolic", "hydration",
        "hydrationVolume", "readiness", "baevskySI", "bloodGlucose", "lactate", "bodyFat", "abdomen", "vo2max", "comments",
        "steps", "respiration", "carbohydrates", "protein", "fatTotal", "locked", "tempWeight", "tempRestingHR",
    ];

    public static bool IsNumeric(string name) => Integers.Contains(name) || Numbers.Contains(name);

    /// <summary>A day with every property present and null, as the list returns a day nobody filled yet.</summary>
    public static JsonObject BlankDay(string date)
    {
        var day = new JsonObject();
        foreach (var name in All)
        {
            day[name] = null;
        }

        day["id"] = date;
        return day;
    }
}
