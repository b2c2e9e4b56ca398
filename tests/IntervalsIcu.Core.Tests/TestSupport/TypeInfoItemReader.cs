using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>
/// Any serializer type as a <see cref="JsonItemReader{T}"/>, for driving JsonArrayStream with models that
/// have no generated reader: the item is first checked to be complete on a copy of the reader (the
/// serializer cannot stop half way), then deserialized.
/// </summary>
public static class TypeInfoItemReader
{
    public static JsonItemReader<T> For<T>(JsonTypeInfo<T> typeInfo)
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
}
