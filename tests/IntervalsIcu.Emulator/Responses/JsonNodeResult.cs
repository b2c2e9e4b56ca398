using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Responses;

/// <summary>An endpoint result that writes a JSON document through <see cref="JsonResponseWriter"/>.</summary>
internal sealed class JsonNodeResult(int statusCode, JsonNode body) : IResult
{
    public static JsonNodeResult Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public static JsonNodeResult ApiError(int statusCode, string message) => new(statusCode, ApiErrorBody.Create(statusCode, message));

    public Task ExecuteAsync(HttpContext httpContext) => JsonResponseWriter.WriteAsync(httpContext, statusCode, body);
}
