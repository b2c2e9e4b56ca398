using System.Text.Json;

namespace IntervalsIcu.ModelGenerator;

/// <summary>Something the generator refuses to guess about; the message says what and where.</summary>
internal sealed class GeneratorException(string message) : Exception(message);

/// <summary>A C# type as the generator sees it.</summary>
internal abstract record ClrType
{
    /// <summary>The type as written for a property: always nullable, because the server may omit or null anything.</summary>
    public string PropertyText => this switch
    {
        ArrayType array => array.Element.ElementText + "[]?",
        _ => ElementText + "?",
    };

    /// <summary>The type as written for an array element: not nullable.</summary>
    public string ElementText => this switch
    {
        ScalarType scalar => scalar.Name,
        ModelType model => model.TypeName,
        ArrayType array => array.Element.ElementText + "[]",
        _ => throw new InvalidOperationException(GetType().Name),
    };
}

internal sealed record ScalarType(string Name) : ClrType
{
    public static readonly ScalarType Int = new("int");
    public static readonly ScalarType Long = new("long");
    public static readonly ScalarType Double = new("double");
    public static readonly ScalarType Bool = new("bool");
    public static readonly ScalarType String = new("string");
    public static readonly ScalarType DateTimeOffset = new("DateTimeOffset");
    public static readonly ScalarType JsonElement = new("JsonElement");
}

internal sealed record ModelType(string Schema, string TypeName) : ClrType;

internal sealed record ArrayType(ClrType Element) : ClrType;

/// <summary>One API field of a class. A secret field has no C# property, only a comment.</summary>
internal sealed record ModelProperty(
    string ApiName,
    string Name,
    ClrType Type,
    bool IsSecret,
    string? Converter,
    string? ValuesClass,
    string? NameNote);

internal sealed record ModelClass(string Schema, string TypeName, bool IsRoot, IReadOnlyList<ModelProperty> Properties)
{
    public bool HasSecretField => Properties.Any(p => p.IsSecret);
}

/// <summary>The allowed values the spec lists for one enum property.</summary>
internal sealed record ValuesClass(
    string TypeName,
    string OwnerType,
    string OwnerProperty,
    string ApiName,
    IReadOnlyList<(string Name, string Value, string? NameNote)> Values);

internal sealed record GeneratedModel(IReadOnlyList<ModelClass> Classes, IReadOnlyList<ValuesClass> ValuesClasses);

/// <summary>Reads <c>components.schemas</c> and decides the classes, properties and types.</summary>
internal sealed class ModelBuilder
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly JsonElement schemas;
    private readonly Dictionary<string, ModelClass> classes = new(StringComparer.Ordinal);
    private readonly List<ValuesClass> valuesClasses = [];
    private readonly HashSet<string> usedOverrides = new(StringComparer.Ordinal);

    private ModelBuilder(JsonElement schemas) => this.schemas = schemas;

    public static GeneratedModel Build(JsonDocument spec)
    {
        if (!spec.RootElement.TryGetProperty("components", out var components)
            || !components.TryGetProperty("schemas", out var schemas)
            || schemas.ValueKind != JsonValueKind.Object)
        {
            throw new GeneratorException("The spec has no components.schemas object.");
        }

        var builder = new ModelBuilder(schemas);
        var pending = new Queue<string>(GeneratorTables.Roots.Select(r => r.Schema));
        var queued = new HashSet<string>(pending, StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var schema = pending.Dequeue();
            var modelClass = builder.BuildClass(schema);
            foreach (var referenced in modelClass.Properties.Select(p => Innermost(p.Type)).OfType<ModelType>())
            {
                if (queued.Add(referenced.Schema))
                {
                    pending.Enqueue(referenced.Schema);
                }
            }
        }

        var unused = GeneratorTables.PropertyOverrides.Keys.Where(k => !builder.usedOverrides.Contains(k)).ToList();
        if (unused.Count > 0)
        {
            throw new GeneratorException(
                $"Property overrides that match no generated property (renamed or removed in the spec?): {string.Join(", ", unused)}.");
        }

        var orderedClasses = builder.classes.Values.OrderBy(c => c.TypeName, StringComparer.Ordinal).ToList();
        var orderedValues = builder.valuesClasses.OrderBy(v => v.TypeName, StringComparer.Ordinal).ToList();
        CheckTypeNamesAreUnique(orderedClasses, orderedValues);
        return new GeneratedModel(orderedClasses, orderedValues);
    }

    private static ClrType Innermost(ClrType type) => type is ArrayType array ? Innermost(array.Element) : type;

    private static void CheckTypeNamesAreUnique(List<ModelClass> classes, List<ValuesClass> values)
    {
        var duplicates = classes.Select(c => c.TypeName)
            .Concat(values.Select(v => v.TypeName))
            .Append(GeneratorTables.SecretsClass)
            .GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new GeneratorException(
                $"Two generated types would share a name: {string.Join(", ", duplicates)}. Add a row to GeneratorTables.Roots to name one of them.");
        }
    }

    private ModelClass BuildClass(string schema)
    {
        if (!schemas.TryGetProperty(schema, out var definition))
        {
            throw new GeneratorException($"Schema '{schema}' is not in components.schemas.");
        }

        RejectUnsupported(definition, schema);
        var typeName = GeneratorTables.TypeNameFor(schema);
        var isRoot = GeneratorTables.Roots.Any(r => r.Schema == schema);
        var reserved = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal)
        {
            typeName,
            "AdditionalProperties",
            "OnJsonDeserialized",
        };
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var properties = new List<ModelProperty>();

        if (definition.TryGetProperty("properties", out var specProperties))
        {
            foreach (var specProperty in specProperties.EnumerateObject())
            {
                var apiName = specProperty.Name;
                var where = $"{schema}.{apiName}";
                var type = Resolve(specProperty.Value, where);
                if (GeneratorTables.SecretFields.Contains(apiName, StringComparer.OrdinalIgnoreCase))
                {
                    properties.Add(new ModelProperty(apiName, string.Empty, type, IsSecret: true, null, null, null));
                    continue;
                }

                GeneratorTables.PropertyOverrides.TryGetValue(where, out var propertyOverride);
                if (propertyOverride is not null)
                {
                    usedOverrides.Add(where);
                }

                string name;
                string? note;
                if (propertyOverride?.Name is { } overrideName)
                {
                    if (!taken.Add(overrideName) || reserved.Contains(overrideName))
                    {
                        throw new GeneratorException($"The override name '{overrideName}' for {where} is reserved or already used.");
                    }

                    name = overrideName;
                    note = "named by GeneratorTables.PropertyOverrides";
                }
                else
                {
                    (name, note) = Naming.Resolve(Naming.Property(apiName), reserved, taken);
                }

                var valuesClass = BuildValuesClass(specProperty.Value, typeName, name, apiName);
                properties.Add(new ModelProperty(apiName, name, type, IsSecret: false, propertyOverride?.Converter, valuesClass, note));
            }
        }

        var modelClass = new ModelClass(schema, typeName, isRoot, properties);
        classes.Add(schema, modelClass);
        return modelClass;
    }

    private string? BuildValuesClass(JsonElement specProperty, string ownerType, string ownerProperty, string apiName)
    {
        var holder = specProperty;
        if (Str(holder, "type") == "array" && holder.TryGetProperty("items", out var items))
        {
            holder = items;
        }

        if (!holder.TryGetProperty("enum", out var enumValues) || enumValues.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var raw = enumValues.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (raw.Count == 0)
        {
            return null;
        }

        var typeName = ownerType + ownerProperty + "Values";
        var reserved = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal) { typeName, "All" };
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var values = raw.Select(value =>
        {
            var (name, note) = Naming.Resolve(Naming.EnumConstant(value), reserved, taken);
            return (name, value, note);
        }).ToList();
        valuesClasses.Add(new ValuesClass(typeName, ownerType, ownerProperty, apiName, values));
        return typeName;
    }

    private ClrType Resolve(JsonElement property, string where)
    {
        RejectUnsupported(property, where);
        if (Str(property, "$ref") is { } reference)
        {
            if (!reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
            {
                throw new GeneratorException($"{where}: only local schema references are supported, found '{reference}'.");
            }

            var schema = reference[SchemaRefPrefix.Length..];
            return new ModelType(schema, GeneratorTables.TypeNameFor(schema));
        }

        var type = Str(property, "type");
        var format = Str(property, "format");
        switch (type)
        {
            case "integer":
                return format == "int64" ? ScalarType.Long : ScalarType.Int;
            case "number":
                return ScalarType.Double;
            case "boolean":
                return ScalarType.Bool;
            case "string":
                // Only instants carry format date-time; the athlete's wall-clock values (start_date_local,
                // local dates) are plain strings in the spec and stay strings.
                return format == "date-time" ? ScalarType.DateTimeOffset : ScalarType.String;
            case "array":
                if (!property.TryGetProperty("items", out var items))
                {
                    throw new GeneratorException($"{where}: array without items.");
                }

                return new ArrayType(Resolve(items, where + "[]"));
            case "object" or null:
                if (property.TryGetProperty("properties", out _))
                {
                    throw new GeneratorException($"{where}: inline object schemas with properties are not supported; give it a named schema.");
                }

                // A free-form object or a map: kept as raw JSON.
                return ScalarType.JsonElement;
            default:
                throw new GeneratorException($"{where}: unsupported type '{type}'.");
        }
    }

    private static void RejectUnsupported(JsonElement element, string where)
    {
        foreach (var keyword in (string[])["allOf", "oneOf", "anyOf", "not"])
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(keyword, out _))
            {
                throw new GeneratorException($"{where}: '{keyword}' is not supported by the generator.");
            }
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
