using System.Globalization;
using System.Text;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Writes the C# text for a <see cref="GeneratedModel"/>: one file per type, file name
/// <c>&lt;TypeName&gt;.g.cs</c>, LF line endings, same input → same bytes.
/// </summary>
internal sealed class Emitter(string specFileName, string specSha256)
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
        w.Line($"public sealed partial class {modelClass.TypeName} : IJsonOnDeserialized");
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

        w.Line("/// <summary>Fields the spec does not list: custom fields and fields newer than the spec.</summary>");
        w.Line("[JsonExtensionData]");
        w.Line("public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }");
        w.Line();
        w.Line("void IJsonOnDeserialized.OnDeserialized()");
        w.Open();
        w.Line($"{GeneratorTables.SecretsClass}.RemoveFrom(AdditionalProperties);");
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
        Header(w, $"the enum of '{valuesClass.ApiName}' on {valuesClass.OwnerType}");
        w.Line("using System.Collections.Generic;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line($"/// <summary>The values the spec lists for <see cref=\"{valuesClass.OwnerType}.{valuesClass.OwnerProperty}\"/>. The server may send others.</summary>");
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
        w.Line("using System;");
        w.Line("using System.Collections.Generic;");
        w.Line("using System.Text.Json;");
        w.Line();
        w.Line($"namespace {GeneratorTables.ModelNamespace};");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// API fields that hold credentials. No model maps them, and every model removes them from its");
        w.Line("/// extension data right after deserialization, so their values are never reachable from a model.");
        w.Line("/// </summary>");
        w.Line($"internal static class {GeneratorTables.SecretsClass}");
        w.Open();
        w.Line("public static IReadOnlyList<string> Names { get; } =");
        w.Line("[");
        w.Indent();
        foreach (var name in GeneratorTables.SecretFields)
        {
            w.Line(Literal(name) + ",");
        }

        w.Outdent();
        w.Line("];");
        w.Line();
        w.Line("public static bool IsSecret(string fieldName)");
        w.Open();
        w.Line("foreach (var name in Names)");
        w.Open();
        w.Line("if (string.Equals(name, fieldName, StringComparison.OrdinalIgnoreCase))");
        w.Open();
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("public static void RemoveFrom(Dictionary<string, JsonElement>? extensionData)");
        w.Open();
        w.Line("if (extensionData is null || extensionData.Count == 0)");
        w.Open();
        w.Line("return;");
        w.Close();
        w.Line();
        w.Line("List<string>? found = null;");
        w.Line("foreach (var key in extensionData.Keys)");
        w.Open();
        w.Line("if (IsSecret(key))");
        w.Open();
        w.Line("(found ??= []).Add(key);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("if (found is not null)");
        w.Open();
        w.Line("foreach (var key in found)");
        w.Open();
        w.Line("extensionData.Remove(key);");
        w.Close();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    private string EmitContext(GeneratedModel model)
    {
        var w = new CodeWriter();
        Header(w, "every generated model");
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

    private void Header(CodeWriter w, string source)
    {
        w.Line("// <auto-generated>");
        w.Line($"//     Generated by IntervalsIcu.ModelGenerator from {source}");
        w.Line($"//     in {specFileName} (SHA-256 {specSha256}).");
        w.Line("//     Do not edit: change the generator or its tables, then run from the repository root");
        w.Line($"//     {GeneratorTables.RegenerateCommand}");
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

        public override string ToString() => text.ToString();
    }
}
