using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        return item == typeof(string) ? new StringListConverter()
            : item == typeof(int) ? new Int32ListConverter()
            : item == typeof(long) ? new Int64ListConverter()
            : item == typeof(double) ? new DoubleListConverter()
            : (JsonConverter)Activator.CreateInstance(typeof(ObjectListConverter<>).MakeGenericType(item))!;
    }

    private abstract class ListConverter<T> : JsonConverter<IcuList<T>>
    {
        public override void Write(Utf8JsonWriter writer, IcuList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }

    private abstract class ScalarListConverter<T> : ListConverter<T>
    {
        public override IcuList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected a JSON array for a list of {typeof(T).Name}, found {reader.TokenType}.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadItem(ref reader, options));
            }

            return new IcuList<T>(items);
        }

        protected abstract T ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options);

        /// <summary>A number, or with AllowReadingFromString (the models' option) a string holding one, as the serializer reads them.</summary>
        protected static TNumber ReadNumber<TNumber>(ref Utf8JsonReader reader, JsonSerializerOptions options, Utf8Reader<TNumber> read)
            where TNumber : IParsable<TNumber>
        {
            if (reader.TokenType == JsonTokenType.Number && read(ref reader, out var number))
            {
                return number;
            }

            if (reader.TokenType == JsonTokenType.String
                && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0
                && TNumber.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }

            throw new JsonException($"Expected a {typeof(TNumber).Name} in a list, found {reader.TokenType}.");
        }

        protected delegate bool Utf8Reader<TNumber>(ref Utf8JsonReader reader, out TNumber value);
    }

    private sealed class StringListConverter : ScalarListConverter<string?>
    {
        protected override string? ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.Null => reader.GetString(),
            _ => throw new JsonException($"Expected a string in a list, found {reader.TokenType}."),
        };
    }

    private sealed class Int32ListConverter : ScalarListConverter<int>
    {
        protected override int ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            ReadNumber(ref reader, options, (ref Utf8JsonReader number, out int value) => number.TryGetInt32(out value));
    }

    private sealed class Int64ListConverter : ScalarListConverter<long>
    {
        protected override long ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            ReadNumber(ref reader, options, (ref Utf8JsonReader number, out long value) => number.TryGetInt64(out value));
    }

    private sealed class DoubleListConverter : ScalarListConverter<double>
    {
        protected override double ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            ReadNumber(ref reader, options, (ref Utf8JsonReader number, out double value) => number.TryGetDouble(out value));
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
