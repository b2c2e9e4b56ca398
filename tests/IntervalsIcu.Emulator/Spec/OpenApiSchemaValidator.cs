using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// Checks JSON against an OpenAPI 3.0 schema, with the keywords the Intervals.icu spec uses: <c>$ref</c>,
/// <c>type</c>, <c>properties</c>, <c>items</c>, <c>enum</c>, <c>format</c> (int32, int64, date-time) and
/// <c>nullable</c>. Properties a schema does not name are allowed (the server adds custom fields).
/// Composition keywords this validator does not implement fail loudly instead of passing silently.
/// </summary>
internal sealed partial class OpenApiSchemaValidator
{
    private static readonly string[] UnsupportedKeywords = ["allOf", "oneOf", "anyOf", "not"];
    private readonly JsonElement _document;
    private readonly bool _propertiesMayBeNull;

    /// <param name="document">The whole OpenAPI document; <c>$ref</c>s resolve inside it.</param>
    /// <param name="propertiesMayBeNull">
    /// Accept null for any object property. The spec marks nothing nullable, yet the server returns every
    /// property with nulls included (api-facts §1); a root value or array item still may not be null.
    /// </param>
    public OpenApiSchemaValidator(JsonElement document, bool propertiesMayBeNull = true)
    {
        _document = document.Clone();
        _propertiesMayBeNull = propertiesMayBeNull;
    }

    public static OpenApiSchemaValidator FromFile(string path, bool propertiesMayBeNull = true)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new OpenApiSchemaValidator(document.RootElement, propertiesMayBeNull);
    }

    /// <summary>The schema of an operation's response, e.g. ("/api/v1/athlete/{id}", "get", "200").</summary>
    public JsonElement ResponseSchema(string specPath, string method, string statusCode = "200")
    {
        var content = _document.GetProperty("paths").GetProperty(specPath).GetProperty(method)
            .GetProperty("responses").GetProperty(statusCode).GetProperty("content");
        // springdoc declares every response as */*; take whichever media type is there.
        return content.EnumerateObject().First().Value.GetProperty("schema");
    }

    public JsonElement ComponentSchema(string name) =>
        _document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    /// <summary>Every mismatch, as "location: problem"; empty when the value conforms.</summary>
    public IReadOnlyList<string> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", isProperty: false, errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string location, bool isProperty, List<string> errors)
    {
        schema = Resolve(schema, location);
        foreach (var keyword in UnsupportedKeywords.Where(keyword => schema.TryGetProperty(keyword, out _)))
        {
            errors.Add($"{location}: schema keyword '{keyword}' is not supported by this validator");
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!IsNullable(schema) && !(isProperty && _propertiesMayBeNull))
            {
                errors.Add($"{location}: null is not allowed");
            }

            return;
        }

        var type = schema.TryGetProperty("type", out var typeElement) ? typeElement.GetString() : null;
        type ??= schema.TryGetProperty("properties", out _) ? "object" : null;
        switch (type)
        {
            case null:
                break;
            case "object":
                CheckObject(value, schema, location, errors);
                break;
            case "array":
                CheckArray(value, schema, location, errors);
                break;
            case "string":
                CheckString(value, schema, location, errors);
                break;
            case "integer":
                CheckInteger(value, schema, location, errors);
                break;
            case "number":
                Expect(value.ValueKind == JsonValueKind.Number, value, "number", location, errors);
                break;
            case "boolean":
                Expect(value.ValueKind is JsonValueKind.True or JsonValueKind.False, value, "boolean", location, errors);
                break;
            default:
                errors.Add($"{location}: schema type '{type}' is not supported by this validator");
                break;
        }

        CheckEnum(value, schema, location, errors);
    }

    private void CheckObject(JsonElement value, JsonElement schema, string location, List<string> errors)
    {
        if (!Expect(value.ValueKind == JsonValueKind.Object, value, "object", location, errors)
            || !schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{location}.{property.Name}", isProperty: true, errors);
            }
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, string location, List<string> errors)
    {
        if (!Expect(value.ValueKind == JsonValueKind.Array, value, "array", location, errors)
            || !schema.TryGetProperty("items", out var items))
        {
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Check(item, items, $"{location}[{index++}]", isProperty: false, errors);
        }
    }

    private static void CheckString(JsonElement value, JsonElement schema, string location, List<string> errors)
    {
        if (!Expect(value.ValueKind == JsonValueKind.String, value, "string", location, errors))
        {
            return;
        }

        if (FormatOf(schema) == "date-time" && !IsDateTime(value.GetString()!))
        {
            errors.Add($"{location}: \"{value.GetString()}\" is not an ISO-8601 date-time with an offset");
        }
    }

    private static void CheckInteger(JsonElement value, JsonElement schema, string location, List<string> errors)
    {
        var format = FormatOf(schema);
        var expected = format is null ? "integer" : $"integer ({format})";
        if (!Expect(value.ValueKind == JsonValueKind.Number, value, expected, location, errors))
        {
            return;
        }

        if (!value.TryGetInt64(out var number))
        {
            errors.Add($"{location}: expected {expected}, got {value.GetRawText()}");
        }
        else if (format == "int32" && number is < int.MinValue or > int.MaxValue)
        {
            errors.Add($"{location}: {number} does not fit int32");
        }
    }

    private static void CheckEnum(JsonElement value, JsonElement schema, string location, List<string> errors)
    {
        if (!schema.TryGetProperty("enum", out var allowed) || value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (!allowed.EnumerateArray().Any(candidate => candidate.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{location}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }
    }

    private static bool Expect(bool condition, JsonElement value, string expected, string location, List<string> errors)
    {
        if (!condition)
        {
            errors.Add($"{location}: expected {expected}, got {value.ValueKind} {Shorten(value.GetRawText())}");
        }

        return condition;
    }

    private JsonElement Resolve(JsonElement schema, string location)
    {
        for (var hops = 0; schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var pointer = reference.GetString() ?? string.Empty;
            if (hops > 32 || !pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{location}: cannot resolve $ref '{pointer}'");
            }

            schema = _document;
            foreach (var token in pointer[2..].Split('/'))
            {
                schema = schema.GetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        return schema;
    }

    private static bool IsNullable(JsonElement schema) =>
        schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True;

    private static string? FormatOf(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    /// <summary>RFC 3339 with an offset; the older "+0000" form the server also sends is accepted (api-facts §4).</summary>
    private static bool IsDateTime(string text)
    {
        if (!DateTimePattern().IsMatch(text))
        {
            return false;
        }

        var normalized = OffsetWithoutColon().Replace(text, "$1:$2");
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();
}
