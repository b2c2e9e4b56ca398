using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Events;

/// <summary>One field of the diff: the API field name, the calendar's value and the input's (null when absent).</summary>
public sealed record EventFieldChange(string Field, JsonNode? Old, JsonNode? New)
{
    public override string ToString() => $"{Field} {Show(Old)} -> {Show(New)}";

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "(empty)";
        return text.Length > 40 ? text[..37] + "..." : text;
    }
}
