using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The source-generated serializer for every model. Other partial parts (the generated models) add
/// their <see cref="JsonSerializableAttribute"/> lines; options are set here once.
/// </summary>
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(IntervalsIcu.Core.Sessions.AthleteIdentity))]
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
public sealed partial class IcuJsonContext : JsonSerializerContext
{
}
