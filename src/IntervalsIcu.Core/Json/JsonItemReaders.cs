using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>Item readers for <see cref="JsonArrayStream"/> built from what System.Text.Json already offers (the models have generated ones: <c>*JsonReader.TryRead</c>).</summary>
public static class JsonItemReaders
{
    /// <summary>
    /// Each item as a <see cref="JsonElement"/> that owns its bytes (it outlives the stream's buffer).
    /// <see cref="JsonElement.TryParseValue"/> answers false exactly when the item is not all there yet.
    /// </summary>
    public static JsonItemReader<JsonElement> Element { get; } = ReadElement;

    private static bool ReadElement(ref Utf8JsonReader reader, out JsonElement item)
    {
        if (JsonElement.TryParseValue(ref reader, out var element))
        {
            item = element.Value;
            return true;
        }

        item = default;
        return false;
    }
}
