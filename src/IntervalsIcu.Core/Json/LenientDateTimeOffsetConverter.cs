using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Reads the server's timestamps, which come as <c>+00:00</c>, the older <c>+0000</c>, <c>Z</c>,
/// or with no offset at all (then UTC is assumed); System.Text.Json's strict reader rejects some of these.
/// </summary>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd",
    ];

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (DateTokenText.TryReadPlain(ref reader, withOffset: true, out var instant, out _))
        {
            return instant;
        }

        if (DateTokenText.Read(ref reader, "a timestamp") is not { } text)
        {
            return null;
        }

        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not a timestamp.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
    }

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        // "+0000" is normalised to "+00:00" so one set of formats covers both spellings.
        var normalised = NormaliseCompactOffset(text.Trim());
        return DateTimeOffset.TryParseExact(
            normalised,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out value);
    }

    private static string NormaliseCompactOffset(string text)
    {
        var length = text.Length;
        if (length > 5
            && (text[length - 5] == '+' || text[length - 5] == '-')
            && char.IsAsciiDigit(text[length - 4]) && char.IsAsciiDigit(text[length - 3])
            && char.IsAsciiDigit(text[length - 2]) && char.IsAsciiDigit(text[length - 1])
            && text.IndexOf('T') > 0)
        {
            return string.Concat(text.AsSpan(0, length - 2), ":", text.AsSpan(length - 2));
        }

        return text;
    }
}
