using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// The <c>fields=a,b,c</c> query of activity and wellness lists: only those properties, and null ones
/// dropped; without it every property comes back, nulls included (api-facts §1).
/// </summary>
internal static class FieldSelection
{
    public static JsonObject Apply(JsonObject record, string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return record;
        }

        var selected = new JsonObject();
        foreach (var field in fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (record[field] is { } value)
            {
                selected[field] = value.DeepClone();
            }
        }

        return selected;
    }
}
