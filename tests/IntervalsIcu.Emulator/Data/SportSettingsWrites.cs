using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The athlete's sport settings as the server keeps them: found by numeric id or by any of their
/// activity types (api-facts §5.1), changed field by field. What the server does beyond storing the
/// fields is inferred and listed in the emulator README.
/// </summary>
internal static class SportSettingsWrites
{
    public const string NotFoundMessage = "Sport settings not found";

    /// <summary>Fields a PUT leaves alone: identity and the server's bookkeeping.</summary>
    private static readonly double[] LthrFractions = [0.815, 0.90, 0.955, 1.0, 1.035, 1.065];

    private static readonly HashSet<string> FieldsUpdateCannotChange = new(["id", "athlete_id", "created", "updated"], StringComparer.Ordinal);

    /// <summary>A copy of the settings <paramref name="idOrType"/> names, or null.</summary>
    public static JsonObject? Find(EmulatedAthlete athlete, string idOrType) =>
        athlete.Edit(document => Match(document, idOrType)?.DeepClone() as JsonObject);

    /// <summary>
    /// Applies <paramref name="changes"/> to the settings <paramref name="idOrType"/> names and answers
    /// the stored result, or null when there are none. With <paramref name="recalculateHrZones"/> the
    /// heart-rate zones are derived again from LTHR and max HR, unless the request sets the zones itself
    /// (inference: the spec names the flag only).
    /// </summary>
    public static JsonObject? Update(EmulatedAthlete athlete, string idOrType, JsonObject changes, bool recalculateHrZones, DateTimeOffset now) =>
        athlete.Edit(document =>
        {
            var settings = Match(document, idOrType);
            if (settings is null)
            {
                return null;
            }

            foreach (var (name, value) in changes)
            {
                if (!FieldsUpdateCannotChange.Contains(name))
                {
                    settings[name] = value?.DeepClone();
                }
            }

            if (recalculateHrZones && !changes.ContainsKey("hr_zones") && Number(settings["lthr"]) is > 0 and var lthr && Number(settings["max_hr"]) is > 0 and var maxHr)
            {
                settings["hr_zones"] = RecalculatedHrZones(lthr, maxHr);
            }

            settings["updated"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return (JsonObject)settings.DeepClone();
        });

    /// <summary>
    /// Copies the thresholds and zones onto every activity of one of the settings' types (inference: the
    /// activity fields that snapshot sport settings, api-facts §6: icu_ftp, lthr, athlete_max_hr, icu_hr_zones, icu_power_zones).
    /// </summary>
    public static void ApplyToActivities(AthleteRecordStore activities, string athleteId, JsonObject settings)
    {
        var types = (settings["types"] as JsonArray)?.Select(type => type?.GetValue<string>()).ToHashSet() ?? [];
        foreach (var activity in activities.List(athleteId, DateTime.MinValue, DateTime.MaxValue))
        {
            if (activity["type"] is JsonValue type && types.Contains(type.GetValue<string>()) && activity["id"]?.GetValue<string>() is { } id)
            {
                activities.Update(id, stored =>
                {
                    Copy(settings, "lthr", stored, "lthr");
                    Copy(settings, "max_hr", stored, "athlete_max_hr");
                    Copy(settings, "hr_zones", stored, "icu_hr_zones");
                    if (stored.ContainsKey("icu_ftp"))
                    {
                        Copy(settings, "ftp", stored, "icu_ftp");
                        Copy(settings, "power_zones", stored, "icu_power_zones");
                    }
                });
            }
        }
    }

    private static void Copy(JsonObject settings, string from, JsonObject activity, string to)
    {
        if (settings[from] is { } value)
        {
            activity[to] = value.DeepClone();
        }
    }

    private static JsonObject? Match(JsonObject document, string idOrType)
    {
        var all = (document["sportSettings"] as JsonArray)?.OfType<JsonObject>() ?? [];
        return int.TryParse(idOrType, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? all.FirstOrDefault(settings => Number(settings["id"]) == id)
            : all.FirstOrDefault(settings => settings["types"] is JsonArray types && types.Any(type => type?.GetValue<string>() == idOrType));
    }

    /// <summary>
    /// The default heart-rate zones from LTHR and max HR: upper bounds at fractions of LTHR in the style of
    /// Friel's zones (the demo athletes' zones follow them), the last bound max HR. Inference: the server's
    /// exact fractions are not documented.
    /// </summary>
    private static JsonArray RecalculatedHrZones(double lthr, double maxHr) =>
        new(LthrFractions.Select(fraction => (JsonNode?)JsonValue.Create((int)Math.Round(lthr * fraction))).Append(JsonValue.Create((int)maxHr)).ToArray());

    private static double? Number(JsonNode? node) =>
        node is JsonValue && double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
