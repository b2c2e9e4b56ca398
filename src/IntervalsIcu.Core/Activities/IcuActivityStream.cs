using System.Text.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// One stream as the API sends it (<c>ActivityStream</c>): its type, display name and samples; latlng
/// keeps latitudes in <see cref="Data"/> and longitudes in <see cref="Data2"/>. What -AsStream writes.
/// </summary>
public sealed class IcuActivityStream
{
    public string? Type { get; init; }

    public string? Name { get; init; }

    /// <summary>The samples as cell values (numbers, booleans, null), one per second of the activity's time stream.</summary>
    public IcuList<object?> Data { get; init; } = new([]);

    public IcuList<object?>? Data2 { get; init; }

    public bool? ValueTypeIsArray { get; init; }

    public bool? Custom { get; init; }

    public bool? AllNull { get; init; }

    /// <summary>The stream of one element of the API's array; anything but an object gives an empty stream.</summary>
    public static IcuActivityStream From(JsonElement stream)
    {
        if (stream.ValueKind != JsonValueKind.Object)
        {
            return new IcuActivityStream();
        }

        return new IcuActivityStream
        {
            Type = Text(stream, "type"),
            Name = Text(stream, "name"),
            Data = Samples(stream, "data") ?? new IcuList<object?>([]),
            Data2 = Samples(stream, "data2"),
            ValueTypeIsArray = Flag(stream, "valueTypeIsArray"),
            Custom = Flag(stream, "custom"),
            AllNull = Flag(stream, "allNull"),
        };
    }

    public override string ToString() => Type ?? string.Empty;

    private static string? Text(JsonElement stream, string name) =>
        stream.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Flag(JsonElement stream, string name) =>
        stream.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static IcuList<object?>? Samples(JsonElement stream, string name) =>
        stream.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? new IcuList<object?>(value.EnumerateArray().Select(CellValue.From).ToList())
            : null;
}
