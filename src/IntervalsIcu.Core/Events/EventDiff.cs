using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Which fields of a body would change an existing event. Only the body's fields count (a partial
/// write leaves the others alone); a file always counts as a change, since its content cannot be
/// compared with the server's parsed workout.
/// </summary>
internal static class EventDiff
{
    private static readonly string[] FileFields = ["filename", "file_contents_base64"];

    public static List<EventFieldChange> Compare(JsonObject? existing, JsonObject body)
    {
        var changes = new List<EventFieldChange>();
        foreach (var (field, value) in body)
        {
            if (field == "file_contents_base64")
            {
                continue;
            }

            var old = existing?[field];
            if (existing is null || FileFields.Contains(field, StringComparer.Ordinal) || !Same(old, value))
            {
                changes.Add(new EventFieldChange(field, old?.DeepClone(), value?.DeepClone()));
            }
        }

        return changes;
    }

    private static bool Same(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is JsonValue left && b is JsonValue right && left.GetValueKind() == JsonValueKind.Number && right.GetValueKind() == JsonValueKind.Number)
        {
            // Read through the text: a JsonValue made from an int refuses GetValue<double>.
            return double.Parse(left.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(right.ToJsonString(), CultureInfo.InvariantCulture);
        }

        if (a is JsonValue dateLeft && b is JsonValue dateRight
            && LocalDateReader.TryReadDate(dateLeft.GetValueKind() == JsonValueKind.String ? dateLeft.GetValue<string>() : null, out var first)
            && LocalDateReader.TryReadDate(dateRight.GetValueKind() == JsonValueKind.String ? dateRight.GetValue<string>() : null, out var second))
        {
            return first == second;
        }

        return a.ToJsonString() == b.ToJsonString();
    }
}
