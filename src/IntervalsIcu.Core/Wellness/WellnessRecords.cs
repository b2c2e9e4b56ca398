using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// What the cmdlets need of an <see cref="IcuWellness"/> beyond its properties: its custom fields as
/// plain cell values, and its sport info as one line of text, so a CSV cell never holds a type name.
/// Read through the model's own JSON, so custom fields and fields newer than the spec come along.
/// </summary>
public static class WellnessRecords
{
    /// <summary>The custom fields (keys no spec property has) as values for ordinary properties: numbers, text, booleans.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> CustomFieldCells(IcuWellness day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.GetCustomFields().Select(field => KeyValuePair.Create(field.Key, CellValue.From(field.Value))).ToList();
    }

    /// <summary>
    /// sportInfo flattened, one sport per part: "Ride eftp=268 wPrime=18500 pMax=950;Run eftp=4.1".
    /// Empty when the day has none.
    /// </summary>
    public static string SportInfoText(IcuWellness day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (ToJson(day)["sportInfo"] is not JsonArray sports)
        {
            return string.Empty;
        }

        return string.Join(IcuList<string>.Separator, sports.OfType<JsonObject>().Select(sport =>
            string.Join(' ', sport
                .Where(pair => pair.Value is not null)
                .Select(pair => pair.Key == "type" ? pair.Value!.ToString() : pair.Key + "=" + Cell(pair.Value!)))));
    }

    /// <summary>The day as the API's JSON, nulls left out, custom fields included.</summary>
    internal static JsonObject ToJson(IcuWellness day) =>
        JsonSerializer.SerializeToNode(day, IcuModelJsonContext.Default.IcuWellness) as JsonObject ?? [];

    /// <summary>
    /// Text as it is, a number the current culture's way like every other number of the same CSV file,
    /// anything else as its JSON.
    /// </summary>
    private static string Cell(JsonNode value) => value is JsonValue scalar
        ? scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.Number => scalar.GetValue<double>().ToString(CultureInfo.CurrentCulture),
            _ => value.ToJsonString(),
        }
        : value.ToJsonString();
}
