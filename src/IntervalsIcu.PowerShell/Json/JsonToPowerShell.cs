using System.Management.Automation;
using System.Text.Json;

namespace IntervalsIcu.PowerShell.Json;

/// <summary>
/// A JSON value as PowerShell objects: objects become PSCustomObjects with the JSON names as properties,
/// arrays object[], numbers Int64 (or Double when not integral), strings, booleans and nulls as they
/// are. No JsonElement reaches the pipeline.
/// </summary>
public static class JsonToPowerShell
{
    public static object? Convert(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => ToObject(element),
            JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToArray(),
            JsonValueKind.String => element.GetString(),
            // Boxed apart: a conditional of long and double would make every number a double.
            JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    private static PSObject ToObject(JsonElement element)
    {
        var result = new PSObject();
        foreach (var property in element.EnumerateObject())
        {
            // JSON may repeat a name; the last one wins, as in ConvertFrom-Json.
            if (result.Properties[property.Name] is { } existing)
            {
                result.Properties.Remove(existing.Name);
            }

            result.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
        }

        return result;
    }
}
