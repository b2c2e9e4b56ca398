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
    private static readonly HashSet<string> FieldsUpdateCannotChange = new(["id", "athlete_id", "created", "updated"], StringComparer.Ordinal);

    /// <summary>A copy of the settings <paramref name="idOrType"/> names, or null.</summary>
    public static JsonObject? Find(EmulatedAthlete athlete, string idOrType) =>
        athlete.Edit(document => Match(document, idOrType)?.DeepClone() as JsonObject);

    /// <summary>
    /// Applies <paramref name="changes"/> to the settings <paramref name="idOrType"/> names and answers
    /// the stored result, or null when there are none. With <paramref name="recalculateHrZones"/> the
    /// heart-rate zones follow a changed LTHR (each boundary scaled by new/old LTHR) and the top boundary
    /// follows max HR, unless the request sets the zones itself (inference: the spec names the flag only).
    /// </summary>
    public static JsonObject? Update(EmulatedAthlete athlete, string idOrType, JsonObject changes, bool recalculateHrZones, DateTimeOffset now) =>
        athlete.Edit(document =>
        {
            var settings = Match(document, idOrType);
            if (settings is null)
            {
                return null;
            }

            var oldLthr = Number(settings["lthr"]);
            foreach (var (name, value) in changes)
            {
                if (!FieldsUpdateCannotChange.Contains(name))
                {
                    settings[name] = value?.DeepClone();
                }
            }

            if (recalculateHrZones && !changes.ContainsKey("hr_zones") && settings["hr_zones"] is JsonArray zones && zones.Count > 0)
            {
                settings["hr_zones"] = RecalculatedHrZones(zones, oldLthr, Number(settings["lthr"]), Number(settings["max_hr"]));
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

    private static JsonArray RecalculatedHrZones(JsonArray zones, double? oldLthr, double? newLthr, double? maxHr)
    {
        var ratio = oldLthr is > 0 && newLthr is > 0 ? newLthr.Value / oldLthr.Value : 1.0;
        var boundaries = zones.Select(zone => (int)Math.Round((Number(zone) ?? 0) * ratio)).ToArray();
        if (maxHr is > 0)
        {
            boundaries[^1] = (int)maxHr.Value;
        }

        return new JsonArray(boundaries.Select(b => (JsonNode?)JsonValue.Create(b)).ToArray());
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue && double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
