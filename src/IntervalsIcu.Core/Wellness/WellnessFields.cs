using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// The writable wellness fields, their plausible ranges and their CSV header aliases: the one table the
/// cmdlet's parameters, the validation and the documentation follow. Ranges are wide enough for any
/// athlete and narrow enough to catch the usual upload bugs: an empty cell read as 0, pounds in a kg
/// column, minutes in an hours column, a subjective score outside 1–4 (api-facts §4).
/// </summary>
public static partial class WellnessFields
{
    private static readonly Dictionary<string, WellnessField> ByAnyName;

    static WellnessFields()
    {
        All =
        [
            new("Weight", "weight", WellnessFieldKind.Number, 20, 300, "kg", ["WeightKg", "weight_kg", "BodyWeight", "body_weight"]),
            new("RestingHR", "restingHR", WellnessFieldKind.Integer, 20, 150, "bpm", ["resting_hr", "RHR", "RestingHeartRate", "resting_heart_rate"]),
            new("Hrv", "hrv", WellnessFieldKind.Number, 1, 500, "ms rMSSD", ["rMSSD", "HrvRmssd", "hrv_rmssd"]),
            new("HrvSDNN", "hrvSDNN", WellnessFieldKind.Number, 1, 500, "ms SDNN", ["SDNN", "hrv_sdnn"]),
            new("MenstrualPhase", "menstrualPhase", WellnessFieldKind.Choice, null, null, null, ["menstrual_phase"])
            {
                // The spec's enum (api-facts §6.2).
                Choices = ["PERIOD", "FOLLICULAR", "OVULATING", "LUTEAL", "NONE"],
            },
            new("KcalConsumed", "kcalConsumed", WellnessFieldKind.Integer, 0, 20_000, "kcal", ["kcal_consumed", "CaloriesConsumed"]),
            new("SleepSecs", "sleepSecs", WellnessFieldKind.Integer, 0, 86_400, "s", ["sleep_secs", "SleepSeconds", "sleep_seconds"]),
            new("SleepHours", "sleepSecs", WellnessFieldKind.Hours, 0, 24, "h", ["sleep_hours", "HoursSlept"]),
            new("SleepScore", "sleepScore", WellnessFieldKind.Number, 0, 100, null, ["sleep_score"]),
            new("SleepQuality", "sleepQuality", WellnessFieldKind.Integer, 1, 4, "(1 = best)", ["sleep_quality"]),
            new("AvgSleepingHR", "avgSleepingHR", WellnessFieldKind.Number, 20, 150, "bpm", ["avg_sleeping_hr", "SleepingHR", "AverageSleepingHR"]),
            new("Soreness", "soreness", WellnessFieldKind.Integer, 1, 4, "(1 = best)", ["MuscleSoreness"]),
            new("Fatigue", "fatigue", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            new("Stress", "stress", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            new("Mood", "mood", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            new("Motivation", "motivation", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            new("Injury", "injury", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            new("SpO2", "spO2", WellnessFieldKind.Number, 50, 100, "%", ["OxygenSaturation", "oxygen_saturation"]),
            new("Systolic", "systolic", WellnessFieldKind.Integer, 50, 260, "mmHg", ["SystolicBP", "bp_systolic"]),
            new("Diastolic", "diastolic", WellnessFieldKind.Integer, 20, 160, "mmHg", ["DiastolicBP", "bp_diastolic"]),
            // A 1–4 choice in the web app, like the other subjective scores (inference).
            new("Hydration", "hydration", WellnessFieldKind.Integer, 1, 4, "(1 = best)", []),
            // The unit is not documented (api-facts §4): only a floor and a generous ceiling.
            new("HydrationVolume", "hydrationVolume", WellnessFieldKind.Number, 0, 20_000, null, ["hydration_volume"]),
            new("Readiness", "readiness", WellnessFieldKind.Number, 0, 100, null, ["ReadinessScore", "readiness_score"]),
            new("BaevskySI", "baevskySI", WellnessFieldKind.Number, 0, 5_000, null, ["baevsky_si", "StressIndex"]),
            // mmol/L or mg/dL: the unit is not documented, so the ceiling allows both.
            new("BloodGlucose", "bloodGlucose", WellnessFieldKind.Number, 0, 1_000, null, ["blood_glucose", "Glucose"]),
            new("Lactate", "lactate", WellnessFieldKind.Number, 0, 40, "mmol/L", []),
            new("BodyFat", "bodyFat", WellnessFieldKind.Number, 1, 75, "%", ["body_fat", "BodyFatPercent", "body_fat_percent"]),
            new("Abdomen", "abdomen", WellnessFieldKind.Number, 30, 250, "cm", ["Waist"]),
            new("Vo2max", "vo2max", WellnessFieldKind.Number, 10, 100, "ml/kg/min", ["vo2_max"]),
            new("Comments", "comments", WellnessFieldKind.Text, null, null, null, ["Comment", "Notes", "Note"]),
            new("Steps", "steps", WellnessFieldKind.Integer, 0, 200_000, null, ["StepCount", "step_count"]),
            new("Respiration", "respiration", WellnessFieldKind.Number, 4, 60, "breaths/min", ["RespirationRate", "RespiratoryRate", "respiration_rate"]),
            new("Carbohydrates", "carbohydrates", WellnessFieldKind.Number, 0, 3_000, "g", ["Carbs"]),
            new("Protein", "protein", WellnessFieldKind.Number, 0, 3_000, "g", []),
            new("FatTotal", "fatTotal", WellnessFieldKind.Number, 0, 3_000, "g", ["fat_total", "Fat"]),
            new("Locked", "locked", WellnessFieldKind.Flag, null, null, null, []),
        ];

        ByAnyName = new Dictionary<string, WellnessField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in All)
        {
            foreach (var name in new[] { field.Name, field.ApiName }.Concat(field.Aliases))
            {
                // SleepHours shares sleepSecs with SleepSecs; the API name means seconds.
                ByAnyName.TryAdd(name, field);
            }
        }
    }

    /// <summary>Every writable field in the spec's order, SleepHours beside SleepSecs.</summary>
    public static IReadOnlyList<WellnessField> All { get; }

    /// <summary>The spec's Wellness properties a client does not write: the key, what the server computes, and two undocumented flags.</summary>
    public static IReadOnlySet<string> ServerApiNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "ctl", "atl", "rampRate", "ctlLoad", "atlLoad", "sportInfo", "updated", "menstrualPhasePredicted", "tempWeight", "tempRestingHR",
    };

    public static WellnessField Weight => Find("Weight")!;

    public static WellnessField SleepSecs => Find("SleepSecs")!;

    public static WellnessField SleepHours => Find("SleepHours")!;

    public static WellnessField Locked => Find("Locked")!;

    /// <summary>The field called <paramref name="name"/>: its PascalCase name, its API name or an alias, in any case; null when none.</summary>
    public static WellnessField? Find(string name) => ByAnyName.GetValueOrDefault(name);

    /// <summary>A JSON key of a wellness day that no spec property has: a custom field's code, or a field newer than the spec.</summary>
    public static bool IsCustomKey(string key) =>
        !ServerApiNames.Contains(key) && !All.Any(field => string.Equals(field.ApiName, key, StringComparison.Ordinal));

    /// <summary>A custom field code as the web app allows it: <c>[A-Z][A-Za-z0-9]+</c> (api-facts §5.3).</summary>
    public static bool IsValidCustomCode(string code) => CustomCode().IsMatch(code);

    /// <summary>
    /// The fields <c>-Clear</c> names, by any of their names; SleepHours means SleepSecs. Throws
    /// <see cref="IcuWellnessUnknownFieldException"/> for a name that is no field or cannot be cleared.
    /// </summary>
    public static IReadOnlyList<WellnessField> ResolveClear(IEnumerable<string>? names)
    {
        var fields = new List<WellnessField>();
        foreach (var name in names ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var field = Find(name.Trim());
            if (field is null || !field.CanClear)
            {
                throw new IcuWellnessUnknownFieldException(name, All.Where(candidate => candidate.CanClear).Select(candidate => candidate.Name));
            }

            field = field.IsConvenience ? SleepSecs : field;
            if (!fields.Contains(field))
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CustomCode();
}
