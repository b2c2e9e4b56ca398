using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntervalsIcu.Core.Json;

/// <summary>Item readers for <see cref="JsonArrayStream"/> built from what System.Text.Json already offers.</summary>
public static class JsonItemReaders
{
    /// <summary>
    /// Each item as a <see cref="JsonElement"/> that owns its bytes (it outlives the stream's buffer).
    /// <see cref="JsonElement.TryParseValue"/> answers false exactly when the item is not all there yet.
    /// </summary>
    public static JsonItemReader<JsonElement> Element { get; } = ReadElement;

    /// <summary>
    /// Any serializer type as an item reader (the fallback for types without a generated reader): the
    /// item is first checked to be complete on a copy of the reader, since the serializer cannot stop
    /// half way, then deserialized in one pass.
    /// </summary>
    public static JsonItemReader<T> FromTypeInfo<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return (ref Utf8JsonReader reader, out T? item) =>
        {
            if (!reader.IsFinalBlock)
            {
                var copy = reader;
                if (!copy.TrySkip())
                {
                    item = default;
                    return false;
                }
            }

            item = JsonSerializer.Deserialize(ref reader, typeInfo);
            return true;
        };
    }

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
