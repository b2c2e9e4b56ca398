using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// What the two local-date converters share: the athlete's calendar read as a DateTime of kind
/// Unspecified, written back in the API's own text (<paramref name="format"/>).
/// </summary>
public abstract class LocalDateTextConverter(string format, bool dayOnly) : JsonConverter<DateTime?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ];

    public override bool HandleNull => true;

    /// <summary>
    /// A local date or date-time; null for null or blank. A value with an offset keeps the wall clock it
    /// names: these fields are the athlete's calendar, not instants.
    /// </summary>
    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (DateTokenText.TryReadPlain(ref reader, withOffset: false, out _, out var wallClock))
        {
            return dayOnly ? wallClock.Date : wallClock;
        }

        if (DateTokenText.Read(ref reader, "a local date") is not { } text)
        {
            return null;
        }

        if (!TryParse(text, out var value))
        {
            throw new JsonException($"'{text}' is not a local date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss).");
        }

        return dayOnly ? value.Date : value;
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.ToString(format, CultureInfo.InvariantCulture));
    }

    private static bool TryParse(string text, out DateTime value)
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
}
