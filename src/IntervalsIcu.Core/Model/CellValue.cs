using System.Globalization;
using System.Text.Json;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// Turns a JSON value into what a CSV cell and a PowerShell property should hold: numbers, text,
/// booleans and null as themselves, arrays of scalars joined with ';' (numbers the current culture's way,
/// like every single number of the same CSV file), and objects as their JSON text.
/// </summary>
public static class CellValue
{
    public static object? From(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : (object)value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array when value.EnumerateArray().All(IsScalar) =>
            string.Join(IcuList<string>.Separator, value.EnumerateArray().Select(item => Convert.ToString(From(item), CultureInfo.CurrentCulture))),
        _ => value.GetRawText(),
    };

    /// <summary>True for what a cell shows as itself: null, text, a number, a boolean.</summary>
    public static bool IsScalar(object? value) =>
        value is null or string or decimal || value.GetType().IsPrimitive;

    private static bool IsScalar(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
}
