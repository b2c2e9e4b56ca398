using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The source-generated serializer for Core's own small types. The generated models have their own
/// context, IcuModelJsonContext, with the same options: the source generator cannot combine
/// JsonSerializable attributes from several partial declarations (dotnet/runtime#99669).
/// </summary>
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
public sealed partial class IcuJsonContext : JsonSerializerContext
{
}
