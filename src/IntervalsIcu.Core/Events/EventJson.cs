using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Sends a request and reads its JSON as nodes, for the diff and the writes: the comparison works on
/// the API's field names and values whatever C# types the generated model gives them.
/// </summary>
internal static class EventJson
{
    public static async Task<JsonNode?> SendAsync(IcuSession session, IcuRequest request, IIcuLog log, CancellationToken cancellationToken)
    {
        using var response = await session.Client.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    public static IcuEvent? ToEvent(JsonNode? node) => ToModel(node, IcuModelJsonContext.Default.IcuEvent);

    public static T? ToModel<T>(JsonNode? node, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        node is JsonObject ? node.Deserialize(typeInfo) : default;
}
