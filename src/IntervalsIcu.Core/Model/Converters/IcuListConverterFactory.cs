using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// Reads and writes <see cref="IcuList{T}"/> as the plain JSON array it is on the wire, through the
/// <c>List&lt;T&gt;</c> metadata of the same options: a source-generated context that has an
/// <c>IcuList&lt;T&gt;</c> property must also register <c>List&lt;T&gt;</c> (the model generator does).
/// </summary>
public sealed class IcuListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IcuList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ListConverter<T> : JsonConverter<IcuList<T>>
    {
        public override IcuList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var items = JsonSerializer.Deserialize<List<T>>(ref reader, options);
            return items is null ? null : new IcuList<T>(items);
        }

        public override void Write(Utf8JsonWriter writer, IcuList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }
}
