using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// Reads a string list that the server sometimes sends as one bare string: the spec declares
/// <c>skyline_chart_bytes</c> as an array of base64 strings, but the live server has been seen sending a
/// single base64 string. A string becomes a one-element list, an empty string an empty list, and
/// <c>null</c> stays <c>null</c>. Always writes the array form the spec declares.
/// The model generator applies it through its table of property overrides.
/// </summary>
public sealed class SingleOrArrayStringConverter : JsonConverter<IcuList<string>>
{
    public override IcuList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var single = reader.GetString();
                return new IcuList<string>(string.IsNullOrEmpty(single) ? [] : [single]);
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString()!,
                        JsonTokenType.Null => null!,
                        _ => throw new JsonException($"Expected a string in the array, found {reader.TokenType}."),
                    });
                }

                return new IcuList<string>(items);
            default:
                throw new JsonException($"Expected a string or an array of strings, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IcuList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
