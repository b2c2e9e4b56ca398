using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Responses;

/// <summary>
/// <c>{"status":&lt;code&gt;,"error":"&lt;message&gt;"}</c>, the body of the server's own 401/403/422/429/500
/// answers (api-facts §3; forum t/609 posts 480, p21, p24).
/// </summary>
internal static class ApiErrorBody
{
    public const string AccessDenied = "Access denied";
    public const string Unauthorized = "Unauthorized";
    public const string TooManyRequests = "Too Many Requests";

    public static JsonObject Create(int statusCode, string message) => new()
    {
        ["status"] = statusCode,
        ["error"] = message,
    };
}
