using System.Text;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.WebUtilities;

namespace IntervalsIcu.Emulator.Faults;

/// <summary>
/// What a hostile server or a broken proxy sends back: the request's own credential inside an error
/// body (JSON, text, an HTML title) or inside extra fields of a normal answer. The real server never
/// does this; the client must never store or show what it echoes.
/// </summary>
internal static class CredentialEchoResponses
{
    public static async Task WriteErrorAsync(HttpContext context, int statusCode, CredentialEchoShape shape)
    {
        var header = RequestHeaders.FirstAuthorization(context.Request) ?? string.Empty;
        var (scheme, value) = Split(header);
        var pair = scheme == "Basic" ? DecodedPair(value) : value;
        var key = KeyOf(pair);
        var reason = ReasonPhrases.GetReasonPhrase(statusCode);
        switch (shape)
        {
            case CredentialEchoShape.JsonRawKey:
                await JsonResponseWriter.WriteApiErrorAsync(context, statusCode, "bad key " + key);
                return;
            case CredentialEchoShape.JsonPair:
                await WriteTextAsync(context, statusCode, "application/json", new JsonObject { ["status"] = statusCode, ["error"] = reason, ["message"] = pair }.ToJsonString());
                return;
            case CredentialEchoShape.TextHeader:
                await WriteTextAsync(context, statusCode, "text/plain", "Rejected Authorization: " + header);
                return;
            case CredentialEchoShape.TextBase64:
                await WriteTextAsync(context, statusCode, "text/plain", "Rejected credentials " + value);
                return;
            default:
                await WriteTextAsync(context, statusCode, "text/html", "<html><head><title>" + reason + " for " + key + "</title></head><body></body></html>");
                return;
        }
    }

    /// <summary>The body with <c>api_key</c>, <c>strava_access_token</c> and <c>echo</c> set to the credential in each top-level object.</summary>
    public static byte[] AddEchoedFields(byte[] body, HttpRequest request)
    {
        var (scheme, value) = Split(RequestHeaders.FirstAuthorization(request) ?? string.Empty);
        var key = scheme == "Basic" ? KeyOf(DecodedPair(value)) : value;
        var root = JsonNode.Parse(body);
        foreach (var item in root is JsonArray array ? array.OfType<JsonObject>() : root is JsonObject single ? [single] : [])
        {
            item["api_key"] = key;
            item["strava_access_token"] = key;
            item["echo"] = key;
        }

        return Encoding.UTF8.GetBytes(root?.ToJsonString() ?? string.Empty);
    }

    private static string DecodedPair(string base64) =>
        JavaBase64Decoder.TryDecode(base64, out var decoded, out _) ? Encoding.UTF8.GetString(decoded) : base64;

    private static string KeyOf(string pair) =>
        pair.StartsWith("API_KEY:", StringComparison.Ordinal) ? pair["API_KEY:".Length..] : pair;

    private static (string Scheme, string Value) Split(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (string.Empty, header) : (header[..space], header[(space + 1)..].Trim());
    }

    private static async Task WriteTextAsync(HttpContext context, int statusCode, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
