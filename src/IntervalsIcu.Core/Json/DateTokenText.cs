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
}
