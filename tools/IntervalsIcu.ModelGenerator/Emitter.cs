using System.Globalization;
using System.Text;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Writes the C# text for a <see cref="GeneratedModel"/>: one file per type, file name
/// <c>&lt;TypeName&gt;.g.cs</c>, LF line endings, same input → same bytes.
/// </summary>
internal sealed partial class Emitter(string specFileName, string specSha256)
{
    public SortedDictionary<string, string> Emit(GeneratedModel model)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var modelClass in model.Classes)
        {
            files.Add(modelClass.TypeName + ".g.cs", EmitClass(modelClass));
        }

        foreach (var valuesClass in model.ValuesClasses)
        {
            files.Add(valuesClass.TypeName + ".g.cs", EmitValuesClass(valuesClass));
        }

        foreach (var modelClass in FastReaderModels(model))
        {
            files.Add(ReaderTypeName(modelClass.TypeName) + ".g.cs", EmitReader(modelClass));
        }

        files.Add(GeneratorTables.SecretsClass + ".g.cs", EmitSecrets());
        files.Add(GeneratorTables.ContextClass + ".g.cs", EmitContext(model));
        return files;
    }

    private string EmitClass(ModelClass modelClass)
    {
        var w = new CodeWriter();
        Header(w, $"schema '{modelClass.Schema}'");
        w.Line("using System;");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Text.Json;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line($"public sealed partial class {modelClass.TypeName} : IIcuRecord, IJsonOnDeserialized");
        w.Open();
        foreach (var property in modelClass.Properties)
        {
            if (property.IsSecret)
            {
                w.Line($"// '{property.ApiName}' holds a credential: deliberately not mapped, and removed from");
                w.Line($"// AdditionalProperties right after deserialization (see {GeneratorTables.SecretsClass}).");
                w.Line();
                continue;
            }

            if (property.NameNote is not null)
            {
                w.Line($"// Named {property.Name}: {property.NameNote}.");
            }

            if (property.ValuesClass is not null)
            {
                w.Line($"/// <summary>Usually one of <see cref=\"{property.ValuesClass}\"/>; the server may send values the spec does not list.</summary>");
            }

            w.Line($"[JsonPropertyName({Literal(property.ApiName)})]");
            if (property.Converter is not null)
            {
                w.Line($"[JsonConverter(typeof(global::{GeneratorTables.ConvertersNamespace}.{property.Converter}))]");
            }

            w.Line($"public {property.Type.PropertyText} {property.Name} {{ get; set; }}");
            w.Line();
        }

        w.Line("/// <summary>");
        w.Line("/// Fields the spec does not list: custom fields and fields newer than the spec. Internal, so");
        w.Line("/// Export-Csv never shows the dictionary; read them through <see cref=\"GetCustomFields\"/>.");
        w.Line("/// </summary>");
        w.Line("[JsonExtensionData, JsonInclude]");
        w.Line("internal Dictionary<string, JsonElement>? AdditionalProperties { get; set; }");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public IReadOnlyDictionary<string, JsonElement> GetCustomFields() => {GeneratorTables.SecretsClass}.ReadOnly(AdditionalProperties);");
        w.Line();
        w.Line("/// <summary>The object as compact JSON, so a nested object's CSV cell holds its data, not a type name.</summary>");
        w.Line($"public override string ToString() => JsonSerializer.Serialize(this, global::{GeneratorTables.ContextNamespace}.{GeneratorTables.ContextClass}.Default.{modelClass.TypeName});");
        w.Line();
        w.Line("void IJsonOnDeserialized.OnDeserialized()");
        w.Open();
        w.Line($"{GeneratorTables.SecretsClass}.RemoveFrom(AdditionalProperties);");
        foreach (var property in modelClass.Properties.Where(p => !p.IsSecret && p.Type == ScalarType.JsonElement))
        {
            w.Line($"{property.Name} = {GeneratorTables.SecretsClass}.RemoveFrom({property.Name});");
        }

        w.Line("OnJsonDeserialized();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Implement in a hand-written part of this class to act after deserialization.</summary>");
        w.Line("partial void OnJsonDeserialized();");
        w.Close();
        return w.ToString();
    }

    private string EmitValuesClass(ValuesClass valuesClass)
    {
        var w = new CodeWriter();
        var apiNames = string.Join(", ", valuesClass.Owners.Select(o => $"'{o.Where}'"));
        Header(w, $"the enum of {apiNames}");
        w.Line("using System.Collections.Generic;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The values the spec lists for");
        foreach (var owner in valuesClass.Owners)
        {
            w.Line($"/// <see cref=\"{owner.OwnerType}.{owner.OwnerProperty}\"/>{(owner == valuesClass.Owners[^1] ? "." : ",")}");
        }

        w.Line("/// The server may send others.");
        w.Line("/// </summary>");
        w.Line($"public static class {valuesClass.TypeName}");
        w.Open();
        foreach (var (name, value, note) in valuesClass.Values)
        {
            if (note is not null)
            {
                w.Line($"// Named {name}: {note}.");
            }

            w.Line($"public const string {name} = {Literal(value)};");
        }

        w.Line();
        w.Line("public static IReadOnlyList<string> All { get; } =");
        w.Line("[");
        w.Indent();
        foreach (var (name, _, _) in valuesClass.Values)
        {
            w.Line(name + ",");
        }

        w.Outdent();
        w.Line("];");
        w.Close();
        return w.ToString();
    }

    private string EmitSecrets()
    {
        var w = new CodeWriter();
        Header(w, "the generator's table of secret fields");
        var names = string.Join("\n", GeneratorTables.SecretFields.Select(name => $"        {Literal(name)},"));
        return w.ToString() + SecretsTemplate
            .Replace("$NAMESPACE$", GeneratorTables.ModelNamespace, StringComparison.Ordinal)
            .Replace("$CLASS$", GeneratorTables.SecretsClass, StringComparison.Ordinal)
            .Replace("$NAMES$", names, StringComparison.Ordinal);
    }

    private string EmitContext(GeneratedModel model)
    {
        var w = new CodeWriter();
        Header(w, "every generated model");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Text.Json.Serialization;");
        w.Line($"using {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line($"namespace {GeneratorTables.ContextNamespace};");
        w.Line();
        foreach (var modelClass in model.Classes)
        {
            w.Line($"[JsonSerializable(typeof({modelClass.TypeName}))]");
            if (modelClass.IsRoot)
            {
                w.Line($"[JsonSerializable(typeof({modelClass.TypeName}[]))]");
            }
        }

        // IcuListConverterFactory reads and writes IcuList<T> through List<T>, from the same options.
        foreach (var element in ListElementTypes(model))
        {
            w.Line($"[JsonSerializable(typeof(List<{element}>))]");
        }

        w.Line("/// <summary>");
        w.Line("/// The source-generated serializer for the generated models, with the same options as");
        w.Line("/// <see cref=\"IcuJsonContext\"/>. It is a context of its own because the source generator cannot");
        w.Line("/// merge <c>[JsonSerializable]</c> attributes from several partial declarations.");
        w.Line("/// </summary>");
        w.Line("[JsonSourceGenerationOptions(");
        w.Indent();
        for (var i = 0; i < GeneratorTables.ContextOptions.Count; i++)
        {
            w.Line(GeneratorTables.ContextOptions[i] + (i == GeneratorTables.ContextOptions.Count - 1 ? ")]" : ","));
        }

        w.Outdent();
        w.Line($"public sealed partial class {GeneratorTables.ContextClass} : JsonSerializerContext");
        w.Open();
        w.Close();
        return w.ToString();
    }

    /// <summary>The element types of every array property, at any depth, as written in C#.</summary>
    private static IEnumerable<string> ListElementTypes(GeneratedModel model)
    {
        var elements = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var property in model.Classes.SelectMany(c => c.Properties).Where(p => !p.IsSecret))
        {
            for (var type = property.Type; type is ArrayType array; type = array.Element)
            {
                elements.Add(array.Element.ElementText);
            }
        }

        return elements;
    }

    /// <summary>
    /// The generated half of the secrets helper: only the table's names. The scrubbing itself is
    /// hand-written in src/IntervalsIcu.Core/Model/IcuSecretFields.cs, the other half of the partial class.
    /// </summary>
    private const string SecretsTemplate = """
        using System.Collections.Generic;

        namespace $NAMESPACE$;

        /// <summary>The generator's table of API fields that hold credentials.</summary>
        internal static partial class $CLASS$
        {
            public static IReadOnlyList<string> Names { get; } =
            [
        $NAMES$
            ];
        }

        """;

    private void Header(CodeWriter w, string source, string regenerateCommand = GeneratorTables.RegenerateCommand)
    {
        w.Line("// <auto-generated>");
        w.Line($"//     Generated by IntervalsIcu.ModelGenerator from {source}");
        w.Line($"//     in {specFileName} (SHA-256 {specSha256}).");
        w.Line("//     Do not edit: change the generator or its tables, then run from the repository root");
        w.Line($"//     {regenerateCommand}");
        w.Line("// </auto-generated>");
        w.Line();
        w.Line("#nullable enable");
        w.Line();
    }

    private static string Literal(string value)
    {
        var builder = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (char.IsControl(c) || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private sealed class CodeWriter
    {
        private readonly StringBuilder text = new();
        private int depth;

        public void Line(string line = "")
        {
            if (line.Length > 0)
            {
                text.Append(' ', depth * 4).Append(line);
            }

            text.Append('\n');
        }

        public void Open()
        {
            Line("{");
            depth++;
        }

        public void Close()
        {
            // No blank line right before a closing brace.
            if (text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n')
            {
                text.Length--;
            }

            depth--;
            Line("}");
        }

        public void Indent() => depth++;

        public void Outdent() => depth--;

        /// <summary>Appends text written by another writer (at this one's depth) as it is.</summary>
        public void Raw(string written) => text.Append(written);

        public override string ToString() => text.ToString();
    }
}
