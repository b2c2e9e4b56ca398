using System.Text;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Writes the generated readers of <see cref="GeneratorTables.FastReaders"/>: a <c>JsonConverter</c> per model
/// that reads exactly what the context's metadata would (same names, same converters, extension data, the
/// <c>IJsonOnDeserialized</c> hook), with the property name matched by its length, then its bytes.
/// </summary>
internal sealed partial class Emitter
{
    private static string ReaderTypeName(ModelClass modelClass) => modelClass.TypeName + "JsonReader";

    private string EmitReader(ModelClass modelClass)
    {
        var typeName = modelClass.TypeName;
        var readerName = ReaderTypeName(modelClass);
        var context = $"global::{GeneratorTables.ContextNamespace}.{GeneratorTables.ContextClass}";
        var properties = modelClass.Properties.Where(p => !p.IsSecret).ToList();
        var converters = new SortedDictionary<string, (string Type, string Create)>(StringComparer.Ordinal);
        var reads = properties.ToDictionary(p => p, p => ReadExpression(p, context, converters));

        var w = new CodeWriter();
        Header(w, $"schema '{modelClass.Schema}' (GeneratorTables.FastReaders)");
        w.Line("using System;");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Text;");
        w.Line("using System.Text.Json;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line("using System.Text.Json.Serialization.Metadata;");
        w.Line("using IntervalsIcu.Core.Json;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// Reads a <see cref=\"{typeName}\"/> as the context's metadata does, faster: the property name is matched");
        w.Line("/// by its length and then its bytes, each value is read by typed code (dates and lists through the");
        w.Line("/// converters the properties carry), fields without a property go to the extension data, and the");
        w.Line("/// IJsonOnDeserialized hook runs at the end. Writing is the context's. Use <see cref=\"TypeInfo\"/>.");
        w.Line("/// </summary>");
        w.Line($"public sealed class {readerName} : JsonConverter<{typeName}>");
        w.Open();
        foreach (var (field, (type, create)) in converters)
        {
            w.Line($"private static readonly {type} {field} = {create};");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// The metadata to read {typeName} (and lists of it) with this reader: the context's options with this");
        w.Line("/// converter added, so writing through it is the context's writing and nothing recurses.");
        w.Line("/// </summary>");
        w.Line($"public static JsonTypeInfo<{typeName}> TypeInfo {{ get; }} = CreateTypeInfo();");
        w.Line();
        w.Line($"private static JsonTypeInfo<{typeName}> CreateTypeInfo()");
        w.Open();
        w.Line($"var options = new JsonSerializerOptions({context}.Default.Options);");
        w.Line($"options.Converters.Add(new {readerName}());");
        w.Line("options.MakeReadOnly();");
        w.Line($"return (JsonTypeInfo<{typeName}>)options.GetTypeInfo(typeof({typeName}));");
        w.Close();
        w.Line();
        w.Line($"public override {typeName}? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)");
        w.Open();
        w.Line("if (reader.TokenType != JsonTokenType.StartObject)");
        w.Open();
        w.Line($"throw new JsonException($\"Expected a JSON object for {typeName}, found {{reader.TokenType}}.\");");
        w.Close();
        w.Line();
        w.Line($"var value = new {typeName}();");
        w.Line("var fromString = JsonValueReader.ReadsNumbersFromStrings(options);");
        w.Line("byte[]? scratch = null;");
        w.Line("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        w.Open();
        w.Line("var name = JsonValueReader.PropertyName(ref reader, ref scratch);");
        w.Line("reader.Read();");
        w.Line("if (!ReadProperty(name, ref reader, value, fromString, options))");
        w.Open();
        w.Line("(value.AdditionalProperties ??= new Dictionary<string, JsonElement>())[Encoding.UTF8.GetString(name)] = JsonElement.ParseValue(ref reader);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("((IJsonOnDeserialized)value).OnDeserialized();");
        w.Line("return value;");
        w.Close();
        w.Line();
        w.Line($"public override void Write(Utf8JsonWriter writer, {typeName} value, JsonSerializerOptions options) =>");
        w.Line($"    JsonSerializer.Serialize(writer, value, {context}.Default.{typeName});");
        w.Line();
        // One method per name length: a single method for all properties had so large a frame (a temporary
        // for every inlined read) that setting it up on each call cost more than the matching.
        var groups = properties.GroupBy(p => Encoding.UTF8.GetByteCount(p.ApiName)).OrderBy(g => g.Key).ToList();
        w.Line("/// <summary>Reads the value of the property <paramref name=\"name\"/>; false when the model has no such property.</summary>");
        w.Line($"private static bool ReadProperty(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader, {typeName} value, bool fromString, JsonSerializerOptions options) => name.Length switch");
        w.Line("{");
        w.Indent();
        foreach (var group in groups)
        {
            w.Line($"{group.Key} => ReadNameOf{group.Key}Bytes(name, ref reader, value, fromString, options),");
        }

        w.Line("_ => false,");
        w.Outdent();
        w.Line("};");
        foreach (var group in groups)
        {
            w.Line();
            w.Line($"private static bool ReadNameOf{group.Key}Bytes(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader, {typeName} value, bool fromString, JsonSerializerOptions options)");
            w.Open();
            foreach (var property in group)
            {
                w.Line($"if (name.SequenceEqual({Literal(property.ApiName)}u8))");
                w.Open();
                w.Line($"value.{property.Name} = {reads[property]};");
                w.Line("return true;");
                w.Close();
                w.Line();
            }

            w.Line("return false;");
            w.Close();
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The C# expression that reads <paramref name="property"/>'s value at the reader's current token.</summary>
    private static string ReadExpression(ModelProperty property, string context, SortedDictionary<string, (string Type, string Create)> converters)
    {
        var field = Literal(property.ApiName);
        if (property.Converter is not null || property.Type is DateType)
        {
            // A converter on the property (or the context's converter for instants), called as the serializer calls it.
            var converterType = property.Converter is not null
                ? $"global::{GeneratorTables.ConvertersNamespace}.{property.Converter}"
                : GeneratorTables.InstantConverter;
            var converterField = converterType[(converterType.LastIndexOf('.') + 1)..];
            converters[converterField] = (converterType, "new()");
            var target = property.Type is DateType ? property.Type.PropertyText : property.Type.ElementText;
            return $"reader.TokenType != JsonTokenType.Null || {converterField}.HandleNull ? {converterField}.Read(ref reader, typeof({target}), options) : null";
        }

        switch (property.Type)
        {
            case ScalarType scalar when scalar == ScalarType.String:
                return $"JsonValueReader.ReadString(ref reader, {field})";
            case ScalarType scalar when scalar == ScalarType.Bool:
                return $"JsonValueReader.ReadBoolean(ref reader, {field})";
            case ScalarType scalar when scalar == ScalarType.Int:
                return $"JsonValueReader.ReadInt32(ref reader, fromString, {field})";
            case ScalarType scalar when scalar == ScalarType.Long:
                return $"JsonValueReader.ReadInt64(ref reader, fromString, {field})";
            case ScalarType scalar when scalar == ScalarType.Double:
                return $"JsonValueReader.ReadDouble(ref reader, fromString, {field})";
            case ModelType model:
                return $"JsonSerializer.Deserialize(ref reader, {context}.Default.{model.TypeName})";
            case ArrayType array:
                // The list converters of IcuListConverterFactory, the converter IcuList<T> carries.
                var listType = array.ElementText;
                var listField = ListFieldName(array);
                converters[listField] = (
                    $"JsonConverter<{listType}>",
                    $"(JsonConverter<{listType}>)new global::{GeneratorTables.ConvertersNamespace}.IcuListConverterFactory().CreateConverter(typeof({listType}), {context}.Default.Options)");
                return $"reader.TokenType == JsonTokenType.Null ? null : {listField}.Read(ref reader, typeof({listType}), options)";
            default:
                throw new GeneratorException(
                    $"The generated reader of {property.ApiName} cannot read a {property.Type.ElementText}; "
                    + "teach Emitter.ReadExpression that type or take its model out of GeneratorTables.FastReaders.");
        }
    }

    /// <summary><c>IcuList&lt;IcuList&lt;int&gt;&gt;</c> → <c>ListOfListOfInt32</c>.</summary>
    private static string ListFieldName(ClrType type) => type switch
    {
        ArrayType array => "ListOf" + ListFieldName(array.Element),
        ScalarType scalar when scalar == ScalarType.Int => "Int32",
        ScalarType scalar when scalar == ScalarType.Long => "Int64",
        ScalarType scalar when scalar == ScalarType.Double => "Double",
        ScalarType scalar when scalar == ScalarType.Bool => "Boolean",
        ScalarType scalar when scalar == ScalarType.String => "String",
        _ => type.ElementText,
    };
}
