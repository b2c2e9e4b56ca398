using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Responses;

/// <summary>Writes JSON the way the real server does: <c>application/json</c>, nulls kept (api-facts §1).</summary>
internal static class JsonResponseWriter
{
    public const string JsonContentType = "application/json";

    // Jackson escapes only what JSON requires; the default encoder would turn "+00:00" into "\u002B00:00".
    private static readonly JsonSerializerOptions WireFormat = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int statusCode, JsonNode body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(WireFormat));
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The application's own error shape, <c>{"status":403,"error":"Access denied"}</c> (api-facts §3).</summary>
    public static Task WriteApiErrorAsync(HttpContext context, int statusCode, string message) =>
        WriteAsync(context, statusCode, ApiErrorBody.Create(statusCode, message));

    /// <summary>Spring Boot's default error shape, used for unknown paths and wrong methods (api-facts §3).</summary>
    public static Task WriteSpringErrorAsync(HttpContext context, int statusCode) =>
        WriteAsync(context, statusCode, SpringErrorBody.Create(statusCode, context.Request.Path.Value ?? "/"));
}
