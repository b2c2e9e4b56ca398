using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// Reads and writes <see cref="IcuList{T}"/> as the plain JSON array it is on the wire. Lists of strings and
/// numbers (most lists of an activity) are read here token by token; calling back into the serializer for
/// each of them was a quarter of the decode time. Lists of objects go through the <c>List&lt;T&gt;</c>
/// metadata of the same options, looked up once: a source-generated context that has an <c>IcuList&lt;T&gt;</c>
/// property must also register <c>List&lt;T&gt;</c> (the model generator does).
/// </summary>
public sealed class IcuListConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IcuList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var item = typeToConvert.GetGenericArguments()[0];
        return item == typeof(string) ? new ScalarListConverter<string, JsonScalarReads.String>()
            : item == typeof(int) ? new ScalarListConverter<int, JsonScalarReads.Int32>()
            : item == typeof(long) ? new ScalarListConverter<long, JsonScalarReads.Int64>()
            : item == typeof(double) ? new ScalarListConverter<double, JsonScalarReads.Double>()
            : (JsonConverter)Activator.CreateInstance(typeof(ObjectListConverter<>).MakeGenericType(item))!;
    }

    private abstract class ListConverter<T> : JsonConverter<IcuList<T>>
    {
        public override void Write(Utf8JsonWriter writer, IcuList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }

    /// <summary>Lists of strings and numbers, read token by token (the serializer has made sure the whole array is there).</summary>
    private sealed class ScalarListConverter<T, TRead> : ListConverter<T>
        where TRead : IJsonScalarRead<T>
    {
        private static readonly string Field = "a list of " + typeof(T).Name;

        public override IcuList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            JsonListReader.TryReadScalars<T, TRead>(ref reader, Field, out var list);
            return list;
        }
    }

    private sealed class ObjectListConverter<T> : ListConverter<T>
    {
        private JsonTypeInfo<List<T>>? listTypeInfo;

        public override IcuList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            listTypeInfo ??= (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
            var items = JsonSerializer.Deserialize(ref reader, listTypeInfo);
            return items is null ? null : new IcuList<T>(items);
        }
    }
}
