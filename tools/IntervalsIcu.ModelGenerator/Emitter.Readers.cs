using System.Text;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Writes the generated readers of <see cref="GeneratorTables.FastReaders"/> and of every model they contain
/// (<c>&lt;TypeName&gt;JsonReader.g.cs</c>): one pass over the bytes, reading exactly what the context's
/// metadata would (same names, same converters, extension data, the <c>IJsonOnDeserialized</c> hook), with
/// the property found by <c>JsonPropertyTable</c> and each value read by typed code. Each reader can stop
/// when the data runs out and be called again from the object's start, so a response is decoded as it
/// streams in without reading any object twice.
/// </summary>
internal sealed partial class Emitter
{
    private const string ContextOptions = $"global::{GeneratorTables.ContextNamespace}.{GeneratorTables.ContextClass}.Default.Options";

    private static string ReaderTypeName(string typeName) => typeName + "JsonReader";

    /// <summary>The models of <see cref="GeneratorTables.FastReaders"/> and every model reachable from their properties.</summary>
    private static IReadOnlyList<ModelClass> FastReaderModels(GeneratedModel model)
    {
        var byName = model.Classes.ToDictionary(c => c.TypeName, StringComparer.Ordinal);
        var found = new SortedDictionary<string, ModelClass>(StringComparer.Ordinal);
        var pending = new Stack<string>(GeneratorTables.FastReaders);
        while (pending.TryPop(out var typeName))
        {
            if (found.ContainsKey(typeName))
            {
                continue;
            }

            var modelClass = byName.GetValueOrDefault(typeName)
                ?? throw new GeneratorException($"GeneratorTables.FastReaders reaches '{typeName}', which is not a generated model.");
            found.Add(typeName, modelClass);
            foreach (var property in modelClass.Properties.Where(p => !p.IsSecret))
            {
                if (ModelOf(property.Type) is { } nested)
                {
                    pending.Push(nested.TypeName);
                }
            }
        }

        return found.Values.ToList();
    }

    private static ModelType? ModelOf(ClrType type) => type switch
    {
        ModelType model => model,
        ArrayType array => ModelOf(array.Element),
        _ => null,
    };

    private string EmitReader(ModelClass modelClass)
    {
        var typeName = modelClass.TypeName;
        var properties = modelClass.Properties.Where(p => !p.IsSecret).ToList();
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);

        var w = new CodeWriter();
        Header(w, $"schema '{modelClass.Schema}' (GeneratorTables.FastReaders)");
        w.Line("using System;");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Text.Json;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line("using IntervalsIcu.Core.Json;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// Reads a <see cref=\"{typeName}\"/> in one pass, as the context's metadata would: same names, same");
        w.Line("/// converters, fields without a property into the extension data, then the IJsonOnDeserialized hook.");
        w.Line("/// </summary>");
        w.Line($"public static class {ReaderTypeName(typeName)}");
        w.Open();

        var body = new CodeWriter();
        body.Indent();
        body.Line("/// <summary><see cref=\"TryRead\"/> as a <see cref=\"JsonItemReader{T}\"/>, for a stream or a list of them.</summary>");
        body.Line($"public static JsonItemReader<{typeName}> ItemReader {{ get; }} = TryRead;");
        body.Line();
        body.Line("/// <summary>A <see cref=\"JsonItemReader{T}\"/>: the object (or null) at the reader; false when the data ran out before its end.</summary>");
        body.Line($"public static bool TryRead(ref Utf8JsonReader reader, out {typeName}? value)");
        body.Open();
        body.Line("value = null;");
        body.Line($"if (JsonObjectMembers.IsNull(in reader, \"{typeName}\"))");
        body.Open();
        body.Line("return true;");
        body.Close();
        body.Line();
        body.Line($"var result = new {typeName}();");
        body.Line("Dictionary<string, JsonElement>? others = null;");
        body.Line("var previous = Properties.Start;");
        body.Line("while (true)");
        body.Open();
        body.Line("if (!JsonObjectMembers.TryNext(ref reader, Properties, ref previous, out var index, out var otherName))");
        body.Open();
        body.Line("return false;");
        body.Close();
        body.Line();
        body.Line("if (index == JsonObjectMembers.EndOfObject)");
        body.Open();
        body.Line("break;");
        body.Close();
        body.Line();
        body.Line("switch (index)");
        body.Open();
        for (var index = 0; index < properties.Count; index++)
        {
            body.Line($"case {index}:");
            body.Indent();
            EmitRead(body, properties[index], $"value{index}", fields);
            body.Line("break;");
            body.Outdent();
        }

        body.Line("default:");
        body.Indent();
        body.Line("if (!JsonObjectMembers.TryReadOther(ref reader, otherName!, ref others))");
        body.Open();
        body.Line("return false;");
        body.Close();
        body.Line();
        body.Line("break;");
        body.Outdent();
        body.Close();
        body.Close();
        body.Line();
        body.Line("result.AdditionalProperties = others;");
        body.Line("((IJsonOnDeserialized)result).OnDeserialized();");
        body.Line("value = result;");
        body.Line("return true;");
        body.Close();

        w.Line("private static readonly JsonPropertyTable Properties = new(");
        w.Indent();
        for (var index = 0; index < properties.Count; index++)
        {
            w.Line(Literal(properties[index].ApiName) + (index < properties.Count - 1 ? "," : ");"));
        }

        w.Outdent();
        foreach (var (_, declaration) in fields)
        {
            w.Line(declaration);
        }

        w.Line();
        w.Raw(body.ToString());
        w.Close();
        return w.ToString();
    }

    /// <summary>The statements that read <paramref name="property"/>'s value at the reader into the result.</summary>
    private static void EmitRead(CodeWriter w, ModelProperty property, string local, SortedDictionary<string, string> fields)
    {
        var field = Literal(property.ApiName);
        var target = $"result.{property.Name}";
        if (property.Converter is not null || property.Type is DateType)
        {
            // The converter on the property (or the context's converter for instants), called as the serializer calls it.
            var converterType = property.Converter is not null
                ? $"global::{GeneratorTables.ConvertersNamespace}.{property.Converter}"
                : GeneratorTables.InstantConverter;
            var converterField = converterType[(converterType.LastIndexOf('.') + 1)..];
            fields[converterField] = $"private static readonly {converterType} {converterField} = new();";
            fields["Options"] = $"private static readonly JsonSerializerOptions Options = {ContextOptions};";
            if (property.Type is not DateType)
            {
                // Dates are one token; any other converter reads its value token by token and needs all of it.
                w.Line("if (!JsonValueReader.HasWholeValue(in reader))");
                Return(w);
            }

            var converted = property.Type is DateType ? property.Type.PropertyText : property.Type.ElementText;
            w.Line($"{target} = reader.TokenType != JsonTokenType.Null || {converterField}.HandleNull ? {converterField}.Read(ref reader, typeof({converted}), Options) : null;");
            return;
        }

        switch (property.Type)
        {
            case ScalarType scalar when ScalarReadOf(scalar) is { } read:
                // JsonValueReader.ReadString, ReadInt32, ... : the same names as the list items' JsonScalarReads.
                w.Line($"{target} = JsonValueReader.Read{read}(ref reader, {field});");
                return;
            case ScalarType scalar when scalar == ScalarType.JsonElement:
                TryThenSet(w, $"JsonValueReader.TryReadElement(ref reader, out var {local})", target, local);
                return;
            case ModelType model:
                TryThenSet(w, $"{ReaderTypeName(model.TypeName)}.TryRead(ref reader, out var {local})", target, local);
                return;
            case ArrayType { Element: ScalarType item } when ScalarReadOf(item) is { } read:
                TryThenSet(w, $"JsonListReader.TryReadScalars<{item.ElementText}, JsonScalarReads.{read}>(ref reader, {field}, out var {local})", target, local);
                return;
            case ArrayType { Element: ModelType item }:
                TryThenSet(w, $"JsonListReader.TryReadObjects(ref reader, {field}, {ReaderTypeName(item.TypeName)}.ItemReader, out var {local})", target, local);
                return;
            default:
                throw new GeneratorException(
                    $"The generated reader of {property.ApiName} cannot read a {property.Type.ElementText}; "
                    + "teach Emitter.EmitRead that type or take its model out of GeneratorTables.FastReaders.");
        }
    }

    private static void TryThenSet(CodeWriter w, string tryRead, string target, string local)
    {
        w.Line($"if (!{tryRead})");
        Return(w);
        w.Line($"{target} = {local};");
    }

    private static void Return(CodeWriter w)
    {
        w.Open();
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    /// <summary>The <c>JsonScalarReads</c> struct (and the <c>JsonValueReader</c> method) that reads one value of this type.</summary>
    private static string? ScalarReadOf(ScalarType type) =>
        type == ScalarType.String ? "String"
        : type == ScalarType.Int ? "Int32"
        : type == ScalarType.Long ? "Int64"
        : type == ScalarType.Double ? "Double"
        : type == ScalarType.Bool ? "Boolean"
        : null;
}
