using System.Text.Json;

namespace IntervalsIcu.ModelGenerator;

/// <summary>One parameter of an operation, as the generated table states it.</summary>
internal sealed record OperationParameterRow(
    string Name, string Location, string Type, string? ItemType, bool Required, bool ServerDefaulted, bool IsPathSuffix);

/// <summary>One operation, as the generated table states it.</summary>
internal sealed record OperationRow(
    string OperationId, string Method, string PathTemplate, string Summary, string Tag, string? AthleteParameter,
    IReadOnlyList<OperationParameterRow> Parameters, string Body, bool BodyRequired, string Response);

/// <summary>
/// Reads every operation of the spec into rows for the operation table, correcting the spec's known
/// defects (reference README): multipart uploads declared as JSON, <c>{ext}</c>/<c>{format}</c> suffixes
/// declared required, and query flags marked required that the server defaults.
/// </summary>
internal static class OperationTableBuilder
{
    private const string ApiPrefix = "/api/v1";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<OperationRow> Build(JsonDocument document)
    {
        var rows = new List<OperationRow>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Name.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
            {
                throw new GeneratorException($"The path '{path.Name}' is not under {ApiPrefix}.");
            }

            var template = path.Name[ApiPrefix.Length..];
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method, out var operation))
                {
                    rows.Add(Row(method.ToUpperInvariant(), template, operation));
                }
            }
        }

        var duplicates = rows.GroupBy(r => r.OperationId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new GeneratorException("Repeated operationIds: " + string.Join(", ", duplicates));
        }

        return rows.OrderBy(r => r.OperationId, StringComparer.Ordinal).ToList();
    }

    private static OperationRow Row(string method, string template, JsonElement operation)
    {
        var operationId = operation.GetProperty("operationId").GetString()!;
        var parameters = new List<OperationParameterRow>();
        if (operation.TryGetProperty("parameters", out var declared))
        {
            foreach (var parameter in declared.EnumerateArray())
            {
                parameters.Add(Parameter(operationId, template, parameter));
            }
        }

        var (body, bodyRequired) = Body(operation);
        return new OperationRow(
            operationId,
            method,
            template,
            operation.TryGetProperty("summary", out var summary) ? summary.GetString() ?? string.Empty : string.Empty,
            operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString()! : string.Empty,
            AthleteParameter(template),
            parameters,
            body,
            bodyRequired,
            Response(template, operationId, operation));
    }

    private static OperationParameterRow Parameter(string operationId, string template, JsonElement parameter)
    {
        var name = parameter.GetProperty("name").GetString()!;
        var location = parameter.GetProperty("in").GetString() switch
        {
            "path" => "Path",
            "query" => "Query",
            var other => throw new GeneratorException($"{operationId}: parameter '{name}' is in '{other}', which the table does not support."),
        };
        var schema = parameter.GetProperty("schema");
        var type = TypeOf(schema);
        string? itemType = null;
        if (type == "Array")
        {
            var items = schema.GetProperty("items");
            itemType = items.TryGetProperty("$ref", out _) ? "Object" : TypeOf(items);
        }

        var specRequired = parameter.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True;
        var isSuffix = location == "Path" && IsPathSuffix(template, name);
        var serverDefaulted = specRequired && location == "Query"
            && GeneratorTables.ServerDefaultedQueryFlags.Contains(name, StringComparer.Ordinal);
        return new OperationParameterRow(name, location, type, itemType, specRequired && !isSuffix && !serverDefaulted, serverDefaulted, isSuffix);
    }

    private static string TypeOf(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) ? type.GetString() : null) switch
        {
            "integer" => "Integer",
            "number" => "Number",
            "boolean" => "Boolean",
            "array" => "Array",
            _ => "String",
        };

    /// <summary>A parameter glued to a literal in its segment, as <c>wellness{ext}</c>: the empty string is the JSON form.</summary>
    private static bool IsPathSuffix(string template, string name) =>
        template.Split('/').Any(segment => segment.EndsWith("{" + name + "}", StringComparison.Ordinal) && segment.Length > name.Length + 2);

    private static string? AthleteParameter(string template)
    {
        var segments = template.Split('/');
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            if (segments[i] == "athlete" && segments[i + 1].StartsWith('{') && segments[i + 1].EndsWith('}'))
            {
                return segments[i + 1][1..^1];
            }
        }

        return null;
    }

    /// <summary>Multipart when the spec says so, or when its "JSON" body is an object with a binary property (springdoc's way of declaring an upload).</summary>
    private static (string Kind, bool Required) Body(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body))
        {
            return ("None", false);
        }

        var content = body.GetProperty("content");
        var multipart = content.EnumerateObject().Any(media => media.Name.StartsWith("multipart/", StringComparison.Ordinal))
            || content.EnumerateObject().Any(media => media.Value.TryGetProperty("schema", out var schema) && HasBinaryProperty(schema));
        var required = multipart || (body.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True);
        return (multipart ? "Multipart" : "Json", required);
    }

    private static bool HasBinaryProperty(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties)
        && properties.EnumerateObject().Any(p => p.Value.TryGetProperty("format", out var format) && format.GetString() == "binary");

    /// <summary>
    /// JSON when the success answer has a schema; otherwise what the path says: <c>.csv</c> is text, a
    /// download or file is binary, anything else has no body the spec describes.
    /// </summary>
    private static string Response(string template, string operationId, JsonElement operation)
    {
        foreach (var response in operation.GetProperty("responses").EnumerateObject())
        {
            if (response.Value.TryGetProperty("content", out var content)
                && content.EnumerateObject().Any(media => media.Value.TryGetProperty("schema", out _)))
            {
                return "Json";
            }
        }

        if (template.EndsWith(".csv", StringComparison.Ordinal))
        {
            return "Text";
        }

        return operationId.StartsWith("download", StringComparison.Ordinal) || template.EndsWith("file", StringComparison.Ordinal)
            ? "Binary"
            : "None";
    }
}
