using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// Reads the server's message from any of its error shapes (api-facts §3): the app's
/// <c>{"status","error"}</c>, Spring's <c>{"timestamp","status","error","path"}</c>, an array of
/// app errors from bulk endpoints, an empty body, or a non-JSON page from a proxy.
/// </summary>
internal static partial class ErrorBodyParser
{
    private const int LongestTextShown = 200;

    public static string? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var trimmed = body.Trim();
        if (trimmed[0] is '{' or '[')
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                var message = FromElement(document.RootElement);
                if (message is not null)
                {
                    return message;
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the text rules.
            }
        }

        if (trimmed[0] == '<')
        {
            var title = HtmlTitle().Match(trimmed);
            return title.Success ? "HTML page: " + Collapse(title.Groups["title"].Value) : "an HTML page";
        }

        var text = Collapse(trimmed);
        return text.Length <= LongestTextShown ? text : text[..LongestTextShown] + "…";
    }

    private static string? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var error = ReadString(element, "error");
                var message = ReadString(element, "message");
                if (message is not null && error is not null && !message.Equals(error, StringComparison.Ordinal))
                {
                    return error + ": " + message;
                }

                return error ?? message;
            case JsonValueKind.Array:
                var parts = element.EnumerateArray().Select(FromElement).OfType<string>().Distinct().ToList();
                return parts.Count == 0 ? null : string.Join("; ", parts);
            default:
                return null;
        }
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<title[^>]*>(?<title>[^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTitle();
}
