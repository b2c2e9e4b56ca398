using System.Text.Json;
using IntervalsIcu.Emulator.Spec;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// Proves the conformance check can fail: the validator rejects each kind of mismatch. Runs on a small
/// inline spec so it never depends on the real one being present.
/// </summary>
public sealed class OpenApiSchemaValidatorTests
{
    private const string MiniSpec = """
        {
          "openapi": "3.0.1",
          "paths": { "/api/v1/thing/{id}": { "get": { "responses": { "200": { "description": "OK",
            "content": { "*/*": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } } },
          "components": { "schemas": {
            "Thing": { "type": "object", "properties": {
              "id": { "type": "integer", "format": "int32" },
              "big": { "type": "integer", "format": "int64" },
              "name": { "type": "string" },
              "when": { "type": "string", "format": "date-time" },
              "kind": { "type": "string", "enum": ["A", "B"] },
              "ratio": { "type": "number", "format": "float" },
              "on": { "type": "boolean" },
              "tags": { "type": "array", "items": { "type": "string" } },
              "child": { "$ref": "#/components/schemas/Child" },
              "children": { "type": "array", "items": { "$ref": "#/components/schemas/Child" } },
              "maybe": { "type": "string", "nullable": true },
              "mixed": { "oneOf": [ { "type": "string" } ] } } },
            "Child": { "type": "object", "properties": { "ftp": { "type": "integer", "format": "int32" } } } } }
        }
        """;

    private const string ValidThing = """
        {"id":7,"big":9000000000,"name":"n","when":"2024-01-02T03:04:05.678+00:00","kind":"A","ratio":0.5,"on":true,
         "tags":["x"],"child":{"ftp":250},"children":[{"ftp":1},{"ftp":2}],"maybe":null,"custom_SWOLF":12}
        """;

    [Fact]
    public void Validator_MatchingDocumentWithUnknownExtraProperties_HasNoErrors()
    {
        Assert.Empty(Validate(ValidThing));
    }

    [Theory]
    [InlineData("id", "\"7\"", "$.id: expected integer (int32), got String")]
    [InlineData("id", "7.5", "$.id: expected integer (int32), got 7.5")]
    [InlineData("id", "3000000000", "$.id: 3000000000 does not fit int32")]
    [InlineData("name", "12", "$.name: expected string, got Number")]
    [InlineData("ratio", "\"0.5\"", "$.ratio: expected number, got String")]
    [InlineData("on", "\"true\"", "$.on: expected boolean, got String")]
    [InlineData("kind", "\"C\"", "$.kind: \"C\" is not one of")]
    [InlineData("when", "\"2024-01-02\"", "$.when: \"2024-01-02\" is not an ISO-8601 date-time")]
    [InlineData("when", "\"2024-13-02T03:04:05Z\"", "$.when: \"2024-13-02T03:04:05Z\" is not an ISO-8601 date-time")]
    [InlineData("tags", "\"x\"", "$.tags: expected array, got String")]
    [InlineData("tags", "[1]", "$.tags[0]: expected string, got Number")]
    [InlineData("child", "[]", "$.child: expected object, got Array")]
    [InlineData("children", "[{\"ftp\":1},{\"ftp\":\"250\"}]", "$.children[1].ftp: expected integer (int32), got String")]
    public void Validator_PropertyOfTheWrongShape_IsReported(string property, string badJson, string expectedError)
    {
        var errors = Validate(WithProperty(property, badJson));

        Assert.Contains(errors, error => error.StartsWith(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_AcceptsTheOlderOffsetWithoutColon()
    {
        Assert.Empty(Validate(WithProperty("when", "\"2020-05-01T08:00:00.000+0000\"")));
    }

    [Fact]
    public void Validator_NullProperty_PassesOnlyUnderTheNullPolicyOrWhenNullable()
    {
        var lenient = Validator(propertiesMayBeNull: true);
        var strict = Validator(propertiesMayBeNull: false);
        using var withNullName = JsonDocument.Parse(WithProperty("name", "null"));
        var schema = lenient.ComponentSchema("Thing");

        Assert.Empty(lenient.Validate(withNullName.RootElement, schema));
        Assert.Equal(["$.name: null is not allowed"], strict.Validate(withNullName.RootElement, schema));
        using var nullRoot = JsonDocument.Parse("null");
        Assert.Equal(["$: null is not allowed"], lenient.Validate(nullRoot.RootElement, schema));
    }

    [Fact]
    public void Validator_UnsupportedKeyword_FailsInsteadOfPassing()
    {
        var errors = Validate(WithProperty("mixed", "\"anything\""));

        Assert.Contains("$.mixed: schema keyword 'oneOf' is not supported by this validator", errors);
    }

    [Fact]
    public void Validator_ResponseSchema_ResolvesTheOperationsReference()
    {
        var validator = Validator();
        using var wrong = JsonDocument.Parse("""{"id":"seven"}""");

        var errors = validator.Validate(wrong.RootElement, validator.ResponseSchema("/api/v1/thing/{id}", "get"));

        Assert.Equal(["$.id: expected integer (int32), got String \"seven\""], errors);
    }

    [SkippableFact]
    public void Validator_WithTheRealSpec_RejectsAnFtpSentAsString()
    {
        var validator = OpenApiSpecLocator.Validator;
        Skip.If(validator is null, $"OpenAPI spec not found at {OpenApiSpecLocator.SearchedLocation}; validator not checked against it");
        using var athlete = JsonDocument.Parse("""{"id":"i1","sportSettings":[{"id":1,"types":["Ride"],"ftp":"265"}],"custom_items":[]}""");

        var errors = validator.Validate(athlete.RootElement, validator.ResponseSchema("/api/v1/athlete/{id}", "get"));

        Assert.Equal(["$.sportSettings[0].ftp: expected integer (int32), got String \"265\""], errors);
    }

    private static IReadOnlyList<string> Validate(string json)
    {
        var validator = Validator();
        using var document = JsonDocument.Parse(json);
        return validator.Validate(document.RootElement, validator.ComponentSchema("Thing"));
    }

    private static OpenApiSchemaValidator Validator(bool propertiesMayBeNull = true)
    {
        using var spec = JsonDocument.Parse(MiniSpec);
        return new OpenApiSchemaValidator(spec.RootElement, propertiesMayBeNull);
    }

    private static string WithProperty(string name, string json)
    {
        var thing = System.Text.Json.Nodes.JsonNode.Parse(ValidThing)!.AsObject();
        thing[name] = System.Text.Json.Nodes.JsonNode.Parse(json);
        return thing.ToJsonString();
    }
}
