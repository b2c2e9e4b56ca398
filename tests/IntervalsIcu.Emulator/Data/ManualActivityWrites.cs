using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Manual activities (api-facts §5.2, <c>POST /activities/manual</c> and <c>/manual/bulk</c>): an
/// <c>Activity</c> body without a file. The writable fields are stored; identity, source and the UTC
/// start are the server's.
/// </summary>
internal static class ManualActivityWrites
{
    /// <summary>Fields the server owns (as for PUT /activity, plus the UTC start it computes from the athlete's zone).</summary>
    private static readonly HashSet<string> ServerFields = new(StringComparer.Ordinal)
    {
        "id", "icu_athlete_id", "source", "created", "analyzed", "icu_sync_date", "strava_id", "file_type", "start_date", "timezone", "oauth_client_id",
    };

    /// <summary>The 422 message for a body the server cannot store, or null (inference: a start and a type are needed; the wording is not documented).</summary>
    public static string? FindProblem(JsonObject body, bool creating)
    {
        var start = CalendarEventWrites.Text(body, "start_date_local");
        if ((creating || body.ContainsKey("start_date_local")) && !LocalDateTimeText.TryParse(start, out _, out _))
        {
            return start is null ? "start_date_local is required" : $"Text '{start}' could not be parsed at index 0";
        }

        return creating && string.IsNullOrEmpty(CalendarEventWrites.Text(body, "type")) ? "type is required" : null;
    }

    public static JsonObject Create(string id, JsonObject body, EmulatedAthlete athlete, DateTimeOffset now, int? oauthClientId = null)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["icu_athlete_id"] = athlete.Id,
            ["source"] = "MANUAL",
            ["oauth_client_id"] = oauthClientId,
            ["created"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        };
        Apply(activity, body, athlete);
        activity["elapsed_time"] ??= activity["moving_time"]?.DeepClone();
        return activity;
    }

    /// <summary>The given fields replace the stored ones; -1 clears a number (api-facts §1).</summary>
    public static void Apply(JsonObject stored, JsonObject body, EmulatedAthlete athlete)
    {
        foreach (var (name, value) in body.Where(field => !ServerFields.Contains(field.Key)))
        {
            stored[name] = value is JsonValue number && number.TryGetValue<double>(out var amount) && amount == -1 ? null : value?.DeepClone();
        }

        if (LocalDateTimeText.TryParse(CalendarEventWrites.Text(stored, "start_date_local"), out var start, out _))
        {
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(athlete.Timezone, out var found) ? found : TimeZoneInfo.Utc;
            stored["start_date_local"] = CalendarEventWrites.LocalText(start);
            stored["start_date"] = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), zone)
                .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            stored["timezone"] = zone.Id;
        }
    }
}
