using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace IntervalsIcu.Emulator.Responses;

/// <summary>
/// Spring Boot's default error body, <c>{"timestamp":"…","status":404,"error":"Not Found","path":"/api/v1/…"}</c>,
/// which the real server sends for unknown paths (404), wrong methods (405) and unreadable bodies (400)
/// (api-facts §3; forum t/609 pages 29, 31; hhopke/intervals-icu-mcp #95).
/// </summary>
internal static class SpringErrorBody
{
    public static JsonObject Create(int statusCode, string path) => new()
    {
        // Spring Boot formats the timestamp with milliseconds and a +00:00 offset.
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        ["status"] = statusCode,
        ["error"] = ReasonPhrases.GetReasonPhrase(statusCode),
        ["path"] = path,
    };
}
