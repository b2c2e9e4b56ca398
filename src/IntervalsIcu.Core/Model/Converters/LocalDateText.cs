using System.Globalization;
using System.Text.Json;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>What the two local-date converters share: reading the API's local text, writing it back.</summary>
internal static class LocalDateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ];

    /// <summary>
    /// A local date or date-time as DateTime of kind Unspecified; null for null or blank. A value with an
    /// offset keeps the wall clock it names: these fields are the athlete's calendar, not instants.
    /// </summary>
    public static DateTime? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a local date string, found {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not a local date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss).");
    }

    public static bool TryParse(string text, out DateTime value)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            value = withOffset.DateTime;
            return true;
        }

        return false;
    }

    public static void Write(Utf8JsonWriter writer, DateTime? value, string format)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.ToString(format, CultureInfo.InvariantCulture));
    }
}
