using System.Text.Json;

namespace IntervalsIcu.ModelGenerator;

/// <summary>Something the generator refuses to guess about; the message says what and where.</summary>
internal sealed class GeneratorException(string message) : Exception(message);

/// <summary>A C# type as the generator sees it.</summary>
internal abstract record ClrType
{
    /// <summary>
    /// The type as written for a property: always nullable, because the server may omit or null anything.
    /// Arrays are <c>IcuList&lt;T&gt;</c>, whose ToString is its items joined (or a count), never a type name.
    /// </summary>
    public string PropertyText => ElementText + "?";

    /// <summary>The type as written for an array element: not nullable.</summary>
    public string ElementText => this switch
    {
        ScalarType scalar => scalar.Name,
        DateType date => date.Kind == DateKind.Instant ? "DateTimeOffset" : "DateTime",
        ModelType model => model.TypeName,
        ArrayType array => $"IcuList<{array.Element.ElementText}>",
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
    public static readonly ScalarType JsonElement = new("JsonElement");
}

/// <summary>A date or date-time; <see cref="GeneratorTables.DateKindOf"/> decides which kind.</summary>
internal sealed record DateType(DateKind Kind) : ClrType
{
    /// <summary>
    /// The hand-written converter that reads and writes the API's own text for this kind, or null for
    /// instants (the context's lenient converter reads every offset spelling the server sends).
    /// </summary>
    public string? Converter => Kind switch
    {
        DateKind.LocalDate => "LocalDateConverter",
        DateKind.LocalDateTime => "LocalDateTimeConverter",
        _ => null,
    };
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

/// <summary>A property whose values a <see cref="ValuesClass"/> lists.</summary>
internal sealed record ValuesOwner(string Schema, string OwnerType, string OwnerProperty, string ApiName)
{
    /// <summary>The key of <see cref="GeneratorTables.PropertyOverrides"/> and <see cref="GeneratorTables.ValuesClassNames"/>.</summary>
    public string Where => $"{Schema}.{ApiName}";
}

/// <summary>
/// The allowed values the spec lists for one or more enum properties: properties whose lists are
/// equal (same values, same order) share one class.
/// </summary>
internal sealed record ValuesClass(
    string TypeName,
    IReadOnlyList<ValuesOwner> Owners,
    IReadOnlyList<(string Name, string Value, string? NameNote)> Values);

internal sealed record GeneratedModel(IReadOnlyList<ModelClass> Classes, IReadOnlyList<ValuesClass> ValuesClasses);

/// <summary>Reads <c>components.schemas</c> and decides the classes, properties and types.</summary>
internal sealed class ModelBuilder
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly JsonElement schemas;
    private readonly Dictionary<string, ModelClass> classes = new(StringComparer.Ordinal);
    private readonly List<(ValuesOwner Owner, IReadOnlyList<string> Values)> enums = [];
    private readonly HashSet<string> usedOverrides = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedDateRows = new(StringComparer.Ordinal);

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

        var unusedDates = GeneratorTables.DateFields.Keys.Where(k => !builder.usedDateRows.Contains(k)).ToList();
        if (unusedDates.Count > 0)
        {
            throw new GeneratorException(
                $"GeneratorTables.DateFields rows that match no generated string property (renamed or removed in the spec?): {string.Join(", ", unusedDates)}.");
        }

        var valuesClasses = builder.BuildValuesClasses();
        var valuesClassOf = valuesClasses
            .SelectMany(v => v.Owners.Select(o => (o.Where, v.TypeName)))
            .ToDictionary(x => x.Where, x => x.TypeName, StringComparer.Ordinal);
        var orderedClasses = builder.classes.Values
            .Select(c => c with
            {
                Properties = c.Properties
                    .Select(p => valuesClassOf.TryGetValue($"{c.Schema}.{p.ApiName}", out var values) && !p.IsSecret ? p with { ValuesClass = values } : p)
                    .ToList(),
            })
            .OrderBy(c => c.TypeName, StringComparer.Ordinal)
            .ToList();
        var orderedValues = valuesClasses.OrderBy(v => v.TypeName, StringComparer.Ordinal).ToList();
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

                CollectEnum(specProperty.Value, new ValuesOwner(schema, typeName, name, apiName));
                var converter = propertyOverride?.Converter ?? (type as DateType)?.Converter;
                properties.Add(new ModelProperty(apiName, name, type, IsSecret: false, converter, ValuesClass: null, note));
            }
        }

        var modelClass = new ModelClass(schema, typeName, isRoot, properties);
        classes.Add(schema, modelClass);
        return modelClass;
    }

    /// <summary>Remembers the enum a property's spec lists, if any; the classes are made once all are known.</summary>
    private void CollectEnum(JsonElement specProperty, ValuesOwner owner)
    {
        var holder = specProperty;
        if (Str(holder, "type") == "array" && holder.TryGetProperty("items", out var items))
        {
            holder = items;
        }

        if (!holder.TryGetProperty("enum", out var enumValues) || enumValues.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var raw = enumValues.EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (raw.Count > 0)
        {
            enums.Add((owner, raw));
        }
    }

    /// <summary>
    /// One class per distinct list of values (same values in the same order), named by
    /// <see cref="GeneratorTables.ValuesClassNames"/>, else <c>Icu</c> + the API name when every owner has
    /// the same API name and no other list would get that name, else after the first owner.
    /// </summary>
    private List<ValuesClass> BuildValuesClasses()
    {
        var groups = enums
            .GroupBy(e => string.Join("\n", e.Values), StringComparer.Ordinal)
            .Select(g => (Owners: g.Select(e => e.Owner).ToList(), Values: g.First().Values))
            .ToList();

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var tableNames = groups.Select(g =>
        {
            var named = g.Owners
                .Where(o => GeneratorTables.ValuesClassNames.ContainsKey(o.Where))
                .Select(o => (o.Where, Name: GeneratorTables.ValuesClassNames[o.Where]))
                .ToList();
            usedNames.UnionWith(named.Select(n => n.Where));
            if (named.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                throw new GeneratorException(
                    $"GeneratorTables.ValuesClassNames names one list of values twice: {string.Join(", ", named.Select(n => $"{n.Where} = {n.Name}"))}.");
            }

            return named.Count > 0 ? named[0].Name : null;
        }).ToList();

        var unused = GeneratorTables.ValuesClassNames.Keys.Where(k => !usedNames.Contains(k)).ToList();
        if (unused.Count > 0)
        {
            throw new GeneratorException(
                $"GeneratorTables.ValuesClassNames rows that match no enum property (renamed or removed in the spec?): {string.Join(", ", unused)}.");
        }

        var byApiName = groups
            .Select(g => g.Owners.Select(o => o.ApiName).Distinct(StringComparer.Ordinal).Count() == 1 ? ValuesTypeName(g.Owners[0].ApiName) : null)
            .ToList();
        var taken = tableNames.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var clashing = byApiName.OfType<string>()
            .GroupBy(n => n, StringComparer.Ordinal)
            .Where(n => n.Count() > 1 || taken.Contains(n.Key))
            .Select(n => n.Key)
            .ToHashSet(StringComparer.Ordinal);

        return groups.Select((g, i) =>
        {
            var typeName = tableNames[i]
                ?? (byApiName[i] is { } name && !clashing.Contains(name) ? name : null)
                ?? g.Owners[0].OwnerType + g.Owners[0].OwnerProperty + "Values";
            var reserved = new HashSet<string>(Naming.ObjectMembers, StringComparer.Ordinal) { typeName, "All" };
            var constantNames = new HashSet<string>(StringComparer.Ordinal);
            var values = g.Values.Select(value =>
            {
                var (constant, note) = Naming.Resolve(Naming.EnumConstant(value), reserved, constantNames);
                return (constant, value, note);
            }).ToList();
            return new ValuesClass(typeName, g.Owners, values);
        }).ToList();
    }

    /// <summary><c>Icu</c> + the API name in Pascal case + <c>Values</c>, without a second <c>Icu</c>.</summary>
    private static string ValuesTypeName(string apiName)
    {
        var pascal = Naming.Property(apiName);
        return (pascal.StartsWith("Icu", StringComparison.Ordinal) ? pascal : "Icu" + pascal) + "Values";
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
                if (GeneratorTables.DateFields.ContainsKey(where))
                {
                    usedDateRows.Add(where);
                }

                if (GeneratorTables.DateKindOf(where, format) is not { } kind)
                {
                    return ScalarType.String;
                }

                if (kind != DateKind.Instant && where.EndsWith("[]", StringComparison.Ordinal))
                {
                    throw new GeneratorException($"{where}: a list of local dates needs an element converter, which the generator does not emit.");
                }

                return new DateType(kind);
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
