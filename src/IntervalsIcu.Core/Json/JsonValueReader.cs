using System.Buffers.Text;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The typed value reads of the generated model readers (<c>*JsonReader.g.cs</c>) and of the list readers:
/// one JSON value into a string, number or boolean as System.Text.Json reads it into the same property with
/// the models' options: null is null, a number may come as a string (AllowReadingFromString), and any other
/// kind is a <see cref="JsonException"/> naming the field.
/// </summary>
internal static class JsonValueReader
{
    public static string? ReadString(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.String => RepeatedStrings.Read(ref reader),
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

    public static int? ReadInt32(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        return reader.TokenType == JsonTokenType.Null ? null
            : TryParseString(ref reader, out int parsed) ? parsed
            : throw WrongKind(reader.TokenType, field, "Int32");
    }

    public static long? ReadInt64(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        return reader.TokenType == JsonTokenType.Null ? null
            : TryParseString(ref reader, out long parsed) ? parsed
            : throw WrongKind(reader.TokenType, field, "Int64");
    }

    public static double? ReadDouble(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number
            && ((!reader.HasValueSequence && ShortDecimal.TryParse(reader.ValueSpan, out var number)) || reader.TryGetDouble(out number)))
        {
            return number;
        }

        return reader.TokenType == JsonTokenType.Null ? null
            : TryParseString(ref reader, out double parsed) ? parsed
            : throw WrongKind(reader.TokenType, field, "Double");
    }

    /// <summary>Any JSON value as a JsonElement (null for JSON null); false when the reader ran out of data.</summary>
    public static bool TryReadElement(ref Utf8JsonReader reader, out JsonElement? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        return JsonElement.TryParseValue(ref reader, out value);
    }

    /// <summary>
    /// True when the value starting at the reader is all there, so a converter that reads it token by token
    /// (assuming, as the serializer guarantees it, that it is) can be called.
    /// </summary>
    public static bool HasWholeValue(in Utf8JsonReader reader)
    {
        if (reader.IsFinalBlock || (reader.TokenType != JsonTokenType.StartArray && reader.TokenType != JsonTokenType.StartObject))
        {
            return true;
        }

        var ahead = reader;
        return ahead.TrySkip();
    }

    public static JsonException WrongKind(JsonTokenType token, string field, string type) =>
        new($"The JSON value of '{field}' could not be converted to {type}: found {token}.");

    /// <summary>A string token holding exactly one number, as AllowReadingFromString reads it.</summary>
    private static bool TryParseString<TNumber>(ref Utf8JsonReader reader, out TNumber value)
        where TNumber : struct
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[64];
        scoped ReadOnlySpan<byte> text;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            text = reader.ValueSpan;
        }
        else
        {
            // A number's text is short: a longer string is no number.
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (length > buffer.Length)
            {
                return false;
            }

            text = buffer[..reader.CopyString(buffer)];
        }

        int used;
        bool parsed;
        if (typeof(TNumber) == typeof(int))
        {
            parsed = Utf8Parser.TryParse(text, out int number, out used);
            value = (TNumber)(object)number;
        }
        else if (typeof(TNumber) == typeof(long))
        {
            parsed = Utf8Parser.TryParse(text, out long number, out used);
            value = (TNumber)(object)number;
        }
        else
        {
            parsed = Utf8Parser.TryParse(text, out double number, out used);
            value = (TNumber)(object)number;
        }

        return parsed && used == text.Length;
    }
}
