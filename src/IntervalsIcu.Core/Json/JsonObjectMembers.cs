using System.Runtime.CompilerServices;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// The steps every generated model reader (<c>*JsonReader.g.cs</c>) takes around its own switch of
/// properties: the object's start, each member's name and value, and the members no property maps.
/// Like the readers, each step answers false when the data ran out.
/// </summary>
internal static class JsonObjectMembers
{
    /// <summary>The index <see cref="TryNext"/> gives at the object's end.</summary>
    public const int EndOfObject = -2;

    /// <summary>True for JSON null (no object); false for an object's start; any other token is a JsonException.</summary>
    public static bool IsNull(in Utf8JsonReader reader, string typeName) => reader.TokenType switch
    {
        JsonTokenType.Null => true,
        JsonTokenType.StartObject => false,
        _ => throw new JsonException($"Expected a JSON object for {typeName}, found {reader.TokenType}."),
    };

    /// <summary>
    /// Moves to the next member's value and gives its property index (<see cref="JsonPropertyTable.Unknown"/>
    /// with the name in <paramref name="otherName"/> for a member no property maps), or <see cref="EndOfObject"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per member of every object: the call costs as much as the step
    public static bool TryNext(ref Utf8JsonReader reader, JsonPropertyTable properties, ref int previous, out int index, out string? otherName)
    {
        index = EndOfObject;
        otherName = null;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return true;
        }

        index = properties.Match(ref reader, ref previous);
        if (index == JsonPropertyTable.Unknown)
        {
            otherName = reader.GetString();
        }

        return reader.Read();
    }

    /// <summary>A member no property maps, kept in the model's extension data as the serializer keeps it.</summary>
    public static bool TryReadOther(ref Utf8JsonReader reader, string name, ref Dictionary<string, JsonElement>? others)
    {
        if (!JsonElement.TryParseValue(ref reader, out var value))
        {
            return false;
        }

        (others ??= new Dictionary<string, JsonElement>())[name] = value.Value;
        return true;
    }
}
