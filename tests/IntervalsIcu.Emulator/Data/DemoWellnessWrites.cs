using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// What a wellness PUT (one date, by id, or bulk) does to a stored day: only the supplied fields change,
/// <c>-1</c> clears a numeric field (developer, forum t/609 post 34), fields the server computes are
/// ignored, and keys the schema does not name are stored as custom fields (api-facts §5.3).
/// </summary>
internal static class DemoWellnessWrites
{
    /// <summary>
    /// Checks one Wellness object of a request body as Jackson would bind it; null when it binds, else why
    /// not. Inference: the real server's Jackson may coerce text such as "48" into numbers; the emulator
    /// refuses it, so a client that sends text for a number is caught by the tests.
    /// </summary>
    public static string? FindTypeProblem(JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            if (value is null)
            {
                continue;
            }

            var kind = value.GetValueKind();
            var fits = DemoWellnessFields.Integers.Contains(name) ? IsInt32(value)
                : DemoWellnessFields.Numbers.Contains(name) ? kind == JsonValueKind.Number
                : DemoWellnessFields.Texts.Contains(name) ? kind == JsonValueKind.String
                : !DemoWellnessFields.Booleans.Contains(name) || kind is JsonValueKind.True or JsonValueKind.False;
            if (!fits)
            {
                return $"JSON parse error: cannot deserialize value of '{name}' from {value.ToJsonString()}";
            }
        }

        return null;
    }

    /// <summary>
    /// The day after the update. <c>locked</c> is stored like any field and does not refuse the write:
    /// it only stops device and platform syncs from overwriting the day (api-facts §5.3), so a direct
    /// API write to a locked day is accepted. Not overwriting hand-fixed days is the client's own rule.
    /// </summary>
    public static JsonObject Apply(JsonObject? stored, JsonObject changes, string date, DateTimeOffset now)
    {
        var day = stored ?? DemoWellnessFields.BlankDay(date);
        foreach (var (name, value) in changes)
        {
            // Inference: a null is "not supplied" for a partial update, as the server documents no way to null a field but -1.
            if (value is null || DemoWellnessFields.ServerOwned.Contains(name))
            {
                continue;
            }

            day[name] = DemoWellnessFields.IsNumeric(name) && IsMinusOne(value) ? null : value.DeepClone();
        }

        day["updated"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        return day;
    }

    private static bool IsMinusOne(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Number && value.GetValue<double>() == -1;

    private static bool IsInt32(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Number
        && value.GetValue<double>() is var number
        && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue;
}
