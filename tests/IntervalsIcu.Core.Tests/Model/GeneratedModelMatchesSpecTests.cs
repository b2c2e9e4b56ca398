using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// Compares the committed generated models with the OpenAPI document by reflection, wherever the
/// document is present. (That the files are byte-for-byte what the generator writes is checked by
/// <c>dotnet run --project tools/IntervalsIcu.ModelGenerator -- --check</c>.)
/// </summary>
public sealed class GeneratedModelMatchesSpecTests
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    // Kept here on purpose rather than read from the generator: the test states the contract.
    private static readonly string[] SecretFields = ["icu_api_key", "icu_friend_invite_token"];

    public static TheoryData<string, string> RootSchemas => new()
    {
        { "WithSportSettings", nameof(IcuAthlete) },
        { "SportSettings", nameof(IcuSportSettings) },
        { "Activity", nameof(IcuActivity) },
        { "Wellness", nameof(IcuWellness) },
        { "Event", nameof(IcuEvent) },
        { "AthleteWithTags", nameof(IcuCoachedAthlete) },
        { "AthleteProfile", nameof(IcuAthleteProfile) },
        { "AthleteForProfile", nameof(IcuAthleteForProfile) },
        { "Interval", nameof(IcuInterval) },
        { "IntervalGroup", nameof(IcuIntervalGroup) },
        { "Gear", nameof(IcuGear) },
        { "SummaryWithCats", nameof(IcuAthleteSummary) },
        { "Folder", nameof(IcuFolder) },
        { "Workout", nameof(IcuWorkout) },
        { "PowerCurve", nameof(IcuPowerCurve) },
        { "PaceCurve", nameof(IcuPaceCurve) },
        { "HRCurve", nameof(IcuHRCurve) },
        { "DataCurveSetPowerCurve", nameof(IcuDataCurveSet) },
    };

    [SkippableTheory]
    [MemberData(nameof(RootSchemas))]
    public void Class_and_every_class_it_reaches_match_their_schemas(string schema, string typeName)
    {
        var schemas = ModelTestFiles.SchemasOrSkip();
        var type = ModelType(typeName);
        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        CompareClass(schemas, schema, type, problems, visited);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains(schema, visited);
    }

    [Fact]
    public void No_model_type_maps_a_secret_field()
    {
        var offenders =
            from type in typeof(IcuActivity).Assembly.GetTypes()
            where type.Namespace == typeof(IcuActivity).Namespace
            from property in type.GetProperties()
            let name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            where name is not null && SecretFields.Contains(name, StringComparer.OrdinalIgnoreCase)
            select $"{type.Name}.{property.Name}";

        Assert.Empty(offenders);
    }

    [SkippableFact]
    public void Generated_files_name_the_spec_they_were_generated_from()
    {
        ModelTestFiles.SchemasOrSkip();
        var root = ModelTestFiles.RepositoryRoot;
        Skip.If(root is null, $"The repository (IntervalsIcu.PowerShell.sln) was not found above {AppContext.BaseDirectory}.");
        var generated = Path.Combine(root!, ModelTestFiles.GeneratedRelativePath);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ModelTestFiles.SpecPath!)));

        var files = Directory.GetFiles(generated, "*.g.cs");
        Assert.NotEmpty(files);
        var stale = files
            .Where(f => !File.ReadLines(f).Take(10).Any(line => line.Contains($"SHA-256 {sha}", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();
        Assert.True(
            stale.Count == 0,
            $"Generated from another version of the spec (regenerate with the command in their header): {string.Join(", ", stale)}");
    }

    private static Type ModelType(string name) =>
        typeof(IcuActivity).Assembly.GetType($"{typeof(IcuActivity).Namespace}.{name}")
        ?? throw new InvalidOperationException($"No model type {name}.");

    private static void CompareClass(JsonElement schemas, string schema, Type type, List<string> problems, HashSet<string> visited)
    {
        if (!visited.Add(schema))
        {
            return;
        }

        var where = $"{type.Name} (schema {schema})";
        if (!type.IsSealed || !type.IsClass || !type.IsPublic)
        {
            problems.Add($"{where}: not a public sealed class.");
        }

        if (!typeof(IJsonOnDeserialized).IsAssignableFrom(type))
        {
            problems.Add($"{where}: does not implement IJsonOnDeserialized, so secrets would not be scrubbed.");
        }

        if (!typeof(IIcuRecord).IsAssignableFrom(type))
        {
            problems.Add($"{where}: does not implement IIcuRecord, so its custom fields would not reach PowerShell.");
        }

        var specProperties = schemas.GetProperty(schema).TryGetProperty("properties", out var p)
            ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value, StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var clrProperties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var byApiName = clrProperties
            .Select(prop => (Property: prop, ApiName: prop.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .ToList();
        var nullability = new NullabilityInfoContext();

        foreach (var (apiName, specProperty) in specProperties)
        {
            var matches = byApiName.Where(x => string.Equals(x.ApiName, apiName, StringComparison.Ordinal)).ToList();
            if (SecretFields.Contains(apiName, StringComparer.OrdinalIgnoreCase))
            {
                if (matches.Count != 0)
                {
                    problems.Add($"{where}: the secret field '{apiName}' is mapped to {matches[0].Property.Name}.");
                }

                continue;
            }

            if (matches.Count != 1)
            {
                problems.Add($"{where}: '{apiName}' is mapped by {matches.Count} properties, expected 1.");
                continue;
            }

            var property = matches[0].Property;
            if (!property.CanRead || !property.CanWrite)
            {
                problems.Add($"{where}: {property.Name} is not a get/set property.");
            }

            var isNullable = property.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(property.PropertyType) is not null
                : nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (!isNullable)
            {
                problems.Add($"{where}: {property.Name} is not nullable; the server may omit or null anything.");
            }

            var expected = Expected(specProperty, $"{schema}.{apiName}");
            if (!Matches(expected, property.PropertyType, schemas, problems, visited))
            {
                problems.Add($"{where}: {property.Name} ('{apiName}') is {property.PropertyType}, the spec says {Describe(expected)}.");
            }

            CheckValuesClass(type, property, specProperty, problems);
        }

        foreach (var (property, apiName) in byApiName)
        {
            if (apiName is null && property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                // A hand-written computed member (e.g. IcuActivity's zone-time columns): never on the wire.
                continue;
            }

            if (apiName is null)
            {
                problems.Add($"{where}: {property.Name} has no [JsonPropertyName].");
            }
            else if (!specProperties.ContainsKey(apiName))
            {
                problems.Add($"{where}: {property.Name} maps '{apiName}', which the spec does not list.");
            }
        }

        // The bag is internal: a public dictionary property would be an Export-Csv cell holding a type name.
        var bag = type.GetProperty("AdditionalProperties", BindingFlags.NonPublic | BindingFlags.Instance);
        if (bag is null
            || bag.GetCustomAttribute<JsonExtensionDataAttribute>() is null
            || bag.GetCustomAttribute<JsonIncludeAttribute>() is null
            || bag.PropertyType != typeof(Dictionary<string, JsonElement>)
            || !bag.GetMethod!.IsAssembly)
        {
            problems.Add($"{where}: has no internal [JsonExtensionData, JsonInclude] Dictionary<string, JsonElement> AdditionalProperties.");
        }
    }

    /// <summary>
    /// Where the spec lists an enum, exactly one values class holds exactly those values, in spec order
    /// (properties with equal lists share it), and its doc comment is the generator's business.
    /// </summary>
    private static void CheckValuesClass(Type owner, PropertyInfo property, JsonElement specProperty, List<string> problems)
    {
        var holder = specProperty.TryGetProperty("items", out var items) ? items : specProperty;
        if (!holder.TryGetProperty("enum", out var values))
        {
            return;
        }

        var expected = values.EnumerateArray().Select(v => v.GetString()!).Distinct().ToList();
        var matching = ValuesClasses.Where(v => v.All.SequenceEqual(expected)).Select(v => v.Type.Name).ToList();
        if (matching.Count != 1)
        {
            problems.Add(
                $"{owner.Name}.{property.Name}: {matching.Count} values classes list [{string.Join(", ", expected)}] ({string.Join(", ", matching)}), expected 1.");
        }
    }

    private static readonly Lazy<List<(Type Type, IReadOnlyList<string> All)>> ValuesClassesLazy = new(() =>
        typeof(IcuActivity).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(IcuActivity).Namespace && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Values", StringComparison.Ordinal))
            .Select(t => (t, (IReadOnlyList<string>)t.GetProperty("All")!.GetValue(null)!))
            .ToList());

    private static List<(Type Type, IReadOnlyList<string> All)> ValuesClasses => ValuesClassesLazy.Value;

    [Fact]
    public void Values_classes_are_not_repeated()
    {
        var repeated = ValuesClasses
            .GroupBy(v => string.Join("\n", v.All))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(v => v.Type.Name)))
            .ToList();

        Assert.NotEmpty(ValuesClasses);
        Assert.Empty(repeated);
    }

    /// <summary>What the spec says a property is: a CLR scalar, a schema, or an array of either.</summary>
    private sealed record Shape(Type? Scalar, string? Schema, Shape? Items);

    /// <summary>
    /// Plain-string date fields (no format in the spec): the athlete's wall clock and calendar days
    /// are DateTime (kind Unspecified), Activity.start_date is the UTC moment. Stated here, not read from the
    /// generator, so the test holds the contract.
    /// </summary>
    private static Type? DateTypeByName(string where)
    {
        var apiName = where[(where.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return where switch
        {
            "Activity.start_date" => typeof(DateTimeOffset),
            "Wellness.id" => typeof(DateTime),
            _ when apiName.EndsWith("_local", StringComparison.Ordinal)
                || apiName.EndsWith("_date", StringComparison.Ordinal)
                || apiName == "icu_date_of_birth" => typeof(DateTime),
            _ => null,
        };
    }

    private static Shape Expected(JsonElement property, string where)
    {
        if (property.TryGetProperty("$ref", out var reference))
        {
            return new Shape(null, reference.GetString()![SchemaRefPrefix.Length..], null);
        }

        var type = property.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = property.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "integer" => new Shape(format == "int64" ? typeof(long) : typeof(int), null, null),
            "number" => new Shape(typeof(double), null, null),
            "boolean" => new Shape(typeof(bool), null, null),
            "string" => new Shape(format == "date-time" ? typeof(DateTimeOffset) : DateTypeByName(where) ?? typeof(string), null, null),
            "array" => new Shape(null, null, Expected(property.GetProperty("items"), where + "[]")),
            _ => new Shape(typeof(JsonElement), null, null),
        };
    }

    private static bool Matches(Shape expected, Type actual, JsonElement schemas, List<string> problems, HashSet<string> visited)
    {
        actual = Nullable.GetUnderlyingType(actual) ?? actual;
        if (expected.Items is not null)
        {
            // Arrays are IcuList<T>: a plain array would be the CSV cell "System.String[]".
            return actual.IsGenericType
                && actual.GetGenericTypeDefinition() == typeof(IcuList<>)
                && Matches(expected.Items, actual.GetGenericArguments()[0], schemas, problems, visited);
        }

        if (expected.Schema is not null)
        {
            if (actual.Namespace != typeof(IcuActivity).Namespace || !actual.IsClass)
            {
                return false;
            }

            CompareClass(schemas, expected.Schema, actual, problems, visited);
            return true;
        }

        return actual == expected.Scalar;
    }

    private static string Describe(Shape shape) =>
        shape.Items is not null ? Describe(shape.Items) + "[]"
        : shape.Schema is not null ? "schema " + shape.Schema
        : shape.Scalar!.Name;
}
