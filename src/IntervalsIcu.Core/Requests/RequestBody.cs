using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Requests;

/// <summary>
/// The JSON body of a request: JSON text is checked and sent as it is; anything else (dictionaries,
/// lists, plain values, JsonNode) is serialized with System.Text.Json.
/// </summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The UTF-8 bytes to send, or the reason the text is not JSON.</summary>
    public static byte[] ToUtf8(object body, out string? notJson)
    {
        notJson = null;
        if (body is string text)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
            }
            catch (JsonException exception)
            {
                notJson = exception.Message;
                return [];
            }

            return Encoding.UTF8.GetBytes(text);
        }

        return Encoding.UTF8.GetBytes(Serialize(body));
    }

    public static string Serialize(object body) =>
        body switch
        {
            JsonNode node => node.ToJsonString(),
            JsonElement element => element.GetRawText(),
            IDictionary dictionary => ToNode(dictionary)!.ToJsonString(),
            _ => JsonSerializer.Serialize(body, body.GetType(), Options),
        };

    private static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonNode node:
                return node.DeepClone();
            case string text:
                return JsonValue.Create(text);
            case IDictionary dictionary:
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    obj[RequestValueText.Scalar(entry.Key)] = ToNode(entry.Value);
                }

                return obj;
            case IEnumerable items:
                return new JsonArray(items.Cast<object?>().Select(ToNode).ToArray());
            default:
                return JsonSerializer.SerializeToNode(value, value.GetType(), Options);
        }
    }
}
