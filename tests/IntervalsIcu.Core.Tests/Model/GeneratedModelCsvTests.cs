using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// Every generated model, read from JSON in which every field is set, every array has two items and
/// custom fields are present: what Export-Csv would write for it, and that it writes back what it read.
/// </summary>
public sealed class GeneratedModelCsvTests
{
    private const string ApiKey = "k3y-csv-5d1e";

    /// <summary>Custom fields as the server sends them, and a secret that must not survive.</summary>
    private static readonly string CustomFieldsJson = $$"""
        "SWOLF": 38.5, "MorningNote": "legs heavy", "GutFeeling": [1, 2], "Shoe": {"id": "g1", "km": 410},
        "icu_api_key": "{{ApiKey}}"
        """;

    /// <summary>The JSON written for each scalar property type; the date in the form the models write.</summary>
    private static readonly Dictionary<Type, string> ScalarSamples = new()
    {
        [typeof(string)] = "\"text\"",
        [typeof(int)] = "7",
        [typeof(long)] = "9007199254740993",
        [typeof(double)] = "12.5",
        [typeof(bool)] = "true",
        [typeof(DateTimeOffset)] = "\"2024-05-04T09:12:33.123+00:00\"",
        [typeof(JsonElement)] = """{"k": [1, 2], "s": "v"}""",
    };

    public static TheoryData<string> RootTypes => new()
    {
        nameof(IcuActivity), nameof(IcuWellness), nameof(IcuEvent), nameof(IcuAthlete), nameof(IcuCoachedAthlete),
        nameof(IcuSportSettings), nameof(IcuAthleteProfile), nameof(IcuAthleteForProfile),
    };

    public static TheoryData<string> AllModelTypes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var type in ModelTypes())
            {
                data.Add(type.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RootTypes))]
    public void GeneratedModels_ExportCsvCells_AreNeverTypeNames(string typeName)
    {
        var type = ModelType(typeName);
        var record = JsonSerializer.Deserialize(SampleJson(type, withCustomFields: true), TypeInfo(type))!;
        var typeNames = typeof(IcuActivity).Assembly.GetTypes()
            .Concat(ModelTypes().SelectMany(t => t.GetProperties()).Select(p => p.PropertyType))
            .Select(t => t.FullName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        // Export-Csv writes each public instance property's ToString(); the cmdlets add each custom field
        // as a note property holding CellValue.From(value).
        var cells = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (Column: p.Name, Cell: p.GetValue(record)?.ToString()))
            .Concat(((IIcuRecord)record).GetCustomFields().Select(f => (Column: f.Key, Cell: CellValue.From(f.Value)?.ToString())))
            .ToList();

        Assert.Contains(cells, c => c.Column == "SWOLF" && c.Cell == "38.5");
        Assert.Contains(cells, c => c.Column == "GutFeeling" && c.Cell == "1;2");
        Assert.DoesNotContain(cells, c => c.Column.Contains("icu_api_key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(cells, c => c.Cell is not null && c.Cell.Contains(ApiKey, StringComparison.Ordinal));
        Assert.All(ListProperties(type), p => AssertListCell(p, p.GetValue(record)!.ToString()!));
        var typeNameCells = cells
            .Where(c => c.Cell is not null
                && (c.Cell.StartsWith("System.", StringComparison.Ordinal)
                    || c.Cell.StartsWith("IntervalsIcu.", StringComparison.Ordinal)
                    || typeNames.Contains(c.Cell)))
            .Select(c => $"{c.Column} = {c.Cell}")
            .ToList();
        Assert.True(typeNameCells.Count == 0, $"{typeName}: cells holding a type name: {string.Join(", ", typeNameCells)}");
    }

    /// <summary>Scalars joined with ';'; objects as the JSON array they are, every field kept.</summary>
    private static void AssertListCell(PropertyInfo property, string cell)
    {
        var element = property.PropertyType.GetGenericArguments()[0];
        if (element == typeof(string) || element.IsPrimitive)
        {
            Assert.Matches("^(text;text|7;7|12\\.5;12\\.5)$", cell);
            return;
        }

        var items = JsonNode.Parse(cell)!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.NotEmpty(item!.AsObject()));
    }

    [Theory]
    [MemberData(nameof(AllModelTypes))]
    public void Every_list_property_reads_and_writes(string typeName)
    {
        var type = ModelType(typeName);
        var json = SampleJson(type, withCustomFields: true);
        var typeInfo = TypeInfo(type);

        var record = JsonSerializer.Deserialize(json, typeInfo)!;
        var written = JsonSerializer.Serialize(record, typeInfo);

        foreach (var property in ListProperties(type))
        {
            var list = (System.Collections.ICollection?)property.GetValue(record);
            Assert.True(list is { Count: 2 }, $"{typeName}.{property.Name} read {list?.Count.ToString() ?? "null"} items, not 2.");
        }

        var expected = JsonNode.Parse(json)!.AsObject();
        expected.Remove("icu_api_key");
        var actual = JsonNode.Parse(written)!;
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{typeName} did not write back what it read.{Environment.NewLine}read:  {expected.ToJsonString()}{Environment.NewLine}wrote: {written}");
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize(written, typeInfo), typeInfo));
    }

    [Fact]
    public void No_public_model_property_is_an_array_or_a_dictionary()
    {
        var properties = ModelTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).ToList();

        Assert.True(ModelTypes().SelectMany(ListProperties).Count() > 50, "expected the spec's many array fields as IcuList<T>");
        Assert.DoesNotContain(
            properties,
            p => p.PropertyType.IsArray || typeof(System.Collections.IDictionary).IsAssignableFrom(p.PropertyType));
    }

    private static IEnumerable<Type> ModelTypes() =>
        typeof(IcuActivity).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(IcuActivity).Namespace && t.IsClass && typeof(IIcuRecord).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The list fields of the API (hand-written [JsonIgnore] members such as Intervals are filled otherwise).</summary>
    private static IEnumerable<PropertyInfo> ListProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IcuList<>))
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    private static Type ModelType(string name) =>
        typeof(IcuActivity).Assembly.GetType($"{typeof(IcuActivity).Namespace}.{name}")
        ?? throw new InvalidOperationException($"No model type {name}.");

    private static JsonTypeInfo TypeInfo(Type type) => IcuModelJsonContext.Default.GetTypeInfo(type)!;

    /// <summary>
    /// A JSON object for <paramref name="type"/> with every mapped field set and every array holding two
    /// items; nested objects are filled the same way three levels deep, then left empty.
    /// </summary>
    private static string SampleJson(Type type, bool withCustomFields)
    {
        var builder = new StringBuilder();
        WriteObject(builder, type, depth: 0);
        if (withCustomFields)
        {
            builder.Length--; // the closing brace
            builder.Append(builder[^1] == '{' ? string.Empty : ", ").Append(CustomFieldsJson).Append('}');
        }

        return builder.ToString();
    }

    private static void WriteObject(StringBuilder builder, Type type, int depth)
    {
        builder.Append('{');
        if (depth < 3)
        {
            var first = true;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name is not { } apiName)
                {
                    continue;
                }

                builder.Append(first ? string.Empty : ", ").Append(JsonSerializer.Serialize(apiName)).Append(": ");
                if (LocalDateSample(property) is { } localDate)
                {
                    builder.Append(localDate);
                }
                else
                {
                    WriteValue(builder, property.PropertyType, depth);
                }

                first = false;
            }
        }

        builder.Append('}');
    }

    /// <summary>A local date or date-time as the API writes it, chosen by the property's converter.</summary>
    private static string? LocalDateSample(PropertyInfo property) =>
        property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType?.Name switch
        {
            "LocalDateConverter" => "\"2024-05-04\"",
            "LocalDateTimeConverter" => "\"2024-05-04T07:30:00\"",
            _ => null,
        };

    private static void WriteValue(StringBuilder builder, Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IcuList<>) ? type.GetGenericArguments()[0]
            : null;
        if (element is not null)
        {
            builder.Append('[');
            WriteValue(builder, element, depth + 1);
            builder.Append(", ");
            WriteValue(builder, element, depth + 1);
            builder.Append(']');
        }
        else if (ScalarSamples.TryGetValue(type, out var sample))
        {
            builder.Append(sample);
        }
        else if (typeof(IIcuRecord).IsAssignableFrom(type))
        {
            WriteObject(builder, type, depth + 1);
        }
        else
        {
            throw new InvalidOperationException($"No sample value for {type}.");
        }
    }
}
