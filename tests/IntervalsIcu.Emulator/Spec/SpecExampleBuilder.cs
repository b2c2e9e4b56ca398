using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// A deterministic value that validates against a schema: every property filled, one item per array,
/// the first enum value, ISO timestamps for date-time. A schema met again inside itself ends the
/// recursion with null (a property) or an empty array, both valid.
/// </summary>
internal sealed class SpecExampleBuilder(JsonElement document)
{
    private const string Timestamp = "2024-01-01T06:00:00.000+00:00";
    private readonly Stack<string> refs = new();

    public JsonNode? Build(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            if (refs.Contains(name))
            {
                return null;
            }

            refs.Push(name);
            try
            {
                return Build(Resolve(name));
            }
            finally
            {
                refs.Pop();
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return Build(oneOf[0]);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "object" => BuildObject(schema),
            "array" => schema.TryGetProperty("items", out var items) && Build(items) is { } item ? new JsonArray(item) : new JsonArray(),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(false),
            "string" => JsonValue.Create(format switch
            {
                "date-time" => Timestamp,
                "date" => "2024-01-01",
                "byte" => "ZXhhbXBsZQ==",
                _ => "example",
            }),
            _ => new JsonObject(),
        };
    }

    private JsonObject BuildObject(JsonElement schema)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Build(property.Value);
            }
        }
        else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            result["example"] = Build(additional);
        }

        return result;
    }

    private JsonElement Resolve(string pointer)
    {
        var schema = document;
        foreach (var token in pointer[2..].Split('/'))
        {
            schema = schema.GetProperty(token);
        }

        return schema;
    }
}
