using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Reads a request body that must be one JSON object, or one array; anything else is Spring's 400.</summary>
internal static class JsonRequestBody
{
    public static async Task<JsonObject?> TryReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static async Task<JsonArray?> TryReadArrayAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
