using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>What every date converter reads first: the string token, where null and blank mean no date.</summary>
internal static class DateTokenText
{
    /// <summary>The token's text, or null for JSON null or a blank string; any other token is refused naming <paramref name="expected"/>.</summary>
    public static string? Read(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected} string, found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>
    /// The shapes the API nearly always sends, read straight from the bytes (the plain <c>yyyy-MM-ddTHH:mm:ss</c>
    /// shape by <see cref="IsoDateBytes"/>, the rest by the reader's own ISO 8601 parser) instead of through a
    /// string and a list of formats (a tenth of decoding an activity list): a wall clock
    /// with no offset (<c>2026-12-06T07:30:00</c>, <c>2026-12-06</c>), or an instant ending in <c>Z</c> or
    /// <c>+hh:mm</c>, also when the server escapes the <c>+</c> as <c>\u002B</c> (System.Text.Json's default
    /// encoder does). Anything else (<c>+0000</c>, an instant without offset, blanks) is left to the lenient
    /// path, which keeps its rules.
    /// </summary>
    public static bool TryReadPlain(ref Utf8JsonReader reader, bool withOffset, out DateTimeOffset instant, out DateTime wallClock)
    {
        instant = default;
        wallClock = default;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > MaxEscapedLength)
        {
            return false;
        }

        Span<byte> unescaped = stackalloc byte[MaxEscapedLength];
        var bytes = reader.ValueIsEscaped ? unescaped[..reader.CopyString(unescaped)] : reader.ValueSpan;
        if (IsoDateBytes.TryParse(bytes, out var written, out var offset))
        {
            // A wall clock with an offset, or an instant without one, is the lenient path's to interpret.
            if (withOffset && offset is { } known)
            {
                instant = new DateTimeOffset(written, known);
                return true;
            }

            if (!withOffset && offset is null)
            {
                wallClock = written;
                return true;
            }

            return false;
        }

        if (bytes.Length < 10)
        {
            return false;
        }

        var last = bytes[^1];
        var hasOffset = last == (byte)'Z' || (bytes.Length > 16 && bytes[^3] == (byte)':' && (bytes[^6] == (byte)'+' || bytes[^6] == (byte)'-'));
        if (withOffset)
        {
            return hasOffset && reader.TryGetDateTimeOffset(out instant);
        }

        return !hasOffset && bytes.IndexOfAny((byte)'+', (byte)'Z') < 0 && bytes.LastIndexOf((byte)'-') < 8 && reader.TryGetDateTime(out wallClock);
    }

    // The longest date the fast path reads is 33 characters (seven digits of fraction and an offset); a few escapes fit too.
    private const int MaxEscapedLength = 64;
}
