using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The typed value reads of the generated model readers (<c>*JsonReader.g.cs</c>): one JSON value into a
/// string, number or boolean as System.Text.Json reads it into the same property: null is null, a number
/// may come as a string when the options allow reading numbers from strings (the models' option), and any
/// other kind is a <see cref="JsonException"/> naming the field.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>True when <paramref name="options"/> let numbers be read from JSON strings.</summary>
    public static bool ReadsNumbersFromStrings(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0;
    }

    /// <summary>The property name's UTF-8 bytes, unescaped; <paramref name="scratch"/> holds them when the reader's own bytes cannot be used as they are.</summary>
    public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader, ref byte[]? scratch)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (scratch is null || scratch.Length < length)
        {
            scratch = new byte[length];
        }

        return scratch.AsSpan(0, reader.CopyString(scratch));
    }

    public static string? ReadString(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongKind(reader.TokenType, field, "String"),
    };

    public static bool? ReadBoolean(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw WrongKind(reader.TokenType, field, "Boolean"),
    };

    public static int? ReadInt32(ref Utf8JsonReader reader, bool fromString, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when fromString:
                Span<byte> buffer = stackalloc byte[64];
                var text = StringBytes(in reader, buffer);
                if (Utf8Parser.TryParse(text, out int parsed, out var used) && used == text.Length)
                {
                    return parsed;
                }

                break;
        }

        throw WrongKind(reader.TokenType, field, "Int32");
    }

    public static long? ReadInt64(ref Utf8JsonReader reader, bool fromString, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when fromString:
                Span<byte> buffer = stackalloc byte[64];
                var text = StringBytes(in reader, buffer);
                if (Utf8Parser.TryParse(text, out long parsed, out var used) && used == text.Length)
                {
                    return parsed;
                }

                break;
        }

        throw WrongKind(reader.TokenType, field, "Int64");
    }

    public static double? ReadDouble(ref Utf8JsonReader reader, bool fromString, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when fromString:
                Span<byte> buffer = stackalloc byte[64];
                var text = StringBytes(in reader, buffer);
                if (Utf8Parser.TryParse(text, out double parsed, out var used) && used == text.Length)
                {
                    return parsed;
                }

                break;
        }

        throw WrongKind(reader.TokenType, field, "Double");
    }

    /// <summary>
    /// A string token's unescaped bytes: the reader's own when it can, else copied into
    /// <paramref name="buffer"/> (a number's text is short; a longer string is no number, so it is cut and fails to parse).
    /// </summary>
    private static ReadOnlySpan<byte> StringBytes(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return "not a number"u8;
        }

        return buffer[..reader.CopyString(buffer)];
    }

    private static JsonException WrongKind(JsonTokenType token, string field, string type) =>
        new($"The JSON value of '{field}' could not be converted to {type}: found {token}.");
}
