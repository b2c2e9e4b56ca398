using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Requests;

/// <summary>
/// Turns a value from PowerShell into the text a path or query parameter carries: invariant numbers,
/// <c>true</c>/<c>false</c>, local dates as the API writes them (<c>2024-03-01</c>, or with a time
/// <c>2024-03-01T06:00:00</c>), arrays comma-joined (api-facts §1), objects as JSON.
/// </summary>
internal static class RequestValueText
{
    public static IReadOnlyList<string> Items(object? value) =>
        value switch
        {
            null => [],
            string text => [text],
            IDictionary => [Scalar(value)],
            JsonNode or JsonElement => [Scalar(value)],
            IEnumerable items => items.Cast<object?>().Where(item => item is not null).Select(Scalar).ToList(),
            _ => [Scalar(value)],
        };

    public static string Scalar(object? value) =>
        value switch
        {
            null => string.Empty,
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTime dateTime => LocalText(dateTime),
            DateTimeOffset offset => LocalText(offset.DateTime),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            JsonElement element => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText(),
            JsonNode node => node.ToJsonString(),
            IDictionary dictionary => RequestBody.Serialize(dictionary),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

    private static string LocalText(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is a value of <paramref name="type"/> as Spring binds it.</summary>
    public static bool Fits(string text, IcuParameterType type) =>
        type switch
        {
            IcuParameterType.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            IcuParameterType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            IcuParameterType.Boolean => text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => true,
        };
}
