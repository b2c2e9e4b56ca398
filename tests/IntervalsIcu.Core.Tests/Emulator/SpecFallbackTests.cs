using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// The emulator's spec fallback refuses what the spec does not allow (each check can fail) and answers
/// the rest with examples that validate against the response schema; hand-written routes keep precedence.
/// </summary>
public sealed class SpecFallbackTests : IClassFixture<EmulatorFixture>
{
    private static readonly string Alex = ApiKey(DemoData.DemoApiKey);
    private readonly EmulatorFixture emulator;

    public SpecFallbackTests(EmulatorFixture emulator)
    {
        this.emulator = emulator;
        emulator.Fresh();
    }

    [SkippableFact]
    public async Task Fallback_MissingRequiredQueryParameter_Is422WithSpringsMessage()
    {
        RequireSpec();

        using var response = await GetAsync(emulator.Client, "/api/v1/athlete/0/activities/interval-search?minSecs=60&maxSecs=300&minIntensity=90", Alex);

        await AssertApiErrorAsync(response, 422, "Required request parameter 'maxIntensity' for method parameter type int is not present");
    }

    [SkippableFact]
    public async Task Fallback_QueryValueOfTheWrongType_Is422()
    {
        RequireSpec();

        using var response = await GetAsync(emulator.Client, "/api/v1/activity/i1/power-histogram?bucketSize=ten", Alex);

        await AssertApiErrorAsync(response, 422, "Failed to convert value of type 'java.lang.String' to required type 'int'; For input string: \"ten\"");
    }

    [SkippableFact]
    public async Task Fallback_PathValueOfTheWrongType_Is422()
    {
        RequireSpec();

        using var response = await GetAsync(emulator.Client, "/api/v1/athlete/0/events/abc", Alex);

        Assert.Equal(422, (int)response.StatusCode);
    }

    [SkippableFact]
    public async Task Fallback_ServerDefaultedFlagsAndEmptySuffixes_AreOptional()
    {
        RequireSpec();

        using var summary = await GetAsync(emulator.Client, "/api/v1/athlete/0/athlete-summary", Alex);
        // The CSV form: the JSON one has a hand-written route (CurveEndpoints), the fallback answers this one.
        using var curves = await GetAsync(emulator.Client, "/api/v1/athlete/0/power-curves.csv?type=Ride", Alex);
        using var settings = await SendAsync(emulator.Client, HttpMethod.Put, "/api/v1/athlete/0/sport-settings", Alex, "[]");

        Assert.Equal(200, (int)summary.StatusCode);
        Assert.Equal(200, (int)curves.StatusCode);
        Assert.Equal(200, (int)settings.StatusCode);
    }

    [SkippableTheory]
    [InlineData("{not json")]
    [InlineData("""{"name": 5, "distance": "far"}""")]
    [InlineData("[]")]
    public async Task Fallback_BodyThatIsNotJsonOrDoesNotFitTheSchema_Is400(string body)
    {
        RequireSpec();

        using var response = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/gear", Alex, body);

        await AssertSpringErrorAsync(response, 400, "Bad Request", "/api/v1/athlete/0/gear");
    }

    [SkippableFact]
    public async Task Fallback_MissingRequiredBody_Is400()
    {
        RequireSpec();

        using var response = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/gear", Alex);

        await AssertSpringErrorAsync(response, 400, "Bad Request", "/api/v1/athlete/0/gear");
    }

    [SkippableFact]
    public async Task Fallback_UploadDeclaredAsJson_WantsMultipartWithAFilePart()
    {
        RequireSpec();

        using var asJson = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/wellness", Alex, """{"file":"x"}""");
        using var wrongPart = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/wellness", Alex, configure: request =>
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("a,b"u8.ToArray()), "upload", "w.csv" } });
        using var right = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/wellness", Alex, configure: request =>
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("a,b"u8.ToArray()), "file", "w.csv" } });

        await AssertApiErrorAsync(asJson, 422, "Current request is not a multipart request");
        await AssertApiErrorAsync(wrongPart, 422, "Required part 'file' is not present.");
        Assert.Equal(200, (int)right.StatusCode);
    }

    [SkippableFact]
    public async Task Fallback_UnknownPathIs404_WrongMethodIs405_BothSpringShaped()
    {
        RequireSpec();

        using var unknown = await GetAsync(emulator.Client, "/api/v1/athlete/0/no-such-thing", Alex);
        using var wrongMethod = await SendAsync(emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/gear/g1", Alex, "{}");

        await AssertSpringErrorAsync(unknown, 404, "Not Found", "/api/v1/athlete/0/no-such-thing");
        await AssertSpringErrorAsync(wrongMethod, 405, "Method Not Allowed", "/api/v1/athlete/0/gear/g1");
        Assert.Contains("PUT", wrongMethod.Content.Headers.Allow);
    }

    [SkippableFact]
    public async Task Fallback_AnotherAthletesPath_Is403()
    {
        RequireSpec();

        using var response = await GetAsync(emulator.Client, "/api/v1/athlete/i999999/gear", Alex);

        await AssertApiErrorAsync(response, 403, "Access denied");
    }

    [SkippableFact]
    public async Task Fallback_DisconnectApp_WantsABearerToken()
    {
        RequireSpec();

        using var withKey = await SendAsync(emulator.Client, HttpMethod.Delete, "/api/v1/disconnect-app", Alex);
        using var withToken = await SendAsync(emulator.Client, HttpMethod.Delete, "/api/v1/disconnect-app", Bearer(DemoData.ReadAllToken));

        await AssertApiErrorAsync(withKey, 401, "Unauthorized");
        Assert.Equal(200, (int)withToken.StatusCode);
    }

    [SkippableTheory]
    [InlineData("/api/v1/athlete/{id}/gear{ext}", "/api/v1/athlete/0/gear")]
    [InlineData("/api/v1/athlete/{id}/workouts", "/api/v1/athlete/0/workouts")]
    [InlineData("/api/v1/athlete/{athleteId}/sport-settings/{id}", "/api/v1/athlete/0/sport-settings/Ride")]
    [InlineData("/api/v1/athlete/{id}/activities/interval-search", "/api/v1/athlete/0/activities/interval-search?minSecs=1&maxSecs=2&minIntensity=3&maxIntensity=4")]
    [InlineData("/api/v1/activity/{id}/power-curves{ext}", "/api/v1/activity/i1/power-curves")]
    public async Task Fallback_AnswersAnExampleThatValidatesAgainstTheResponseSchema(string specPath, string request)
    {
        var validator = RequireSpec();

        using var response = await GetAsync(emulator.Client, request, Alex);
        var body = await ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(validator.Validate(body, validator.ResponseSchema(specPath, "get")));
        Assert.NotEqual(0, body.ValueKind == System.Text.Json.JsonValueKind.Array ? body.GetArrayLength() : body.EnumerateObject().Count());
    }

    [SkippableFact]
    public async Task Fallback_CsvSuffix_AnswersCsv()
    {
        RequireSpec();

        using var response = await GetAsync(emulator.Client, "/api/v1/athlete/0/gear.csv", Alex);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task HandWrittenRoutes_KeepPrecedence()
    {
        RequireSpec();

        using var handWritten = await GetAsync(emulator.Client, "/api/v1/athlete/0/activities/i40000001", Alex);
        var body = await ReadJsonAsync(handWritten);

        // The demo activity, not the fallback's "example".
        Assert.Equal("i40000001", body[0].GetProperty("id").GetString());
    }

    private static IntervalsIcu.Emulator.Spec.OpenApiSchemaValidator RequireSpec()
    {
        Skip.If(OpenApiSpecLocator.Validator is null, $"The OpenAPI spec was not found: looked for {OpenApiSpecLocator.SearchedLocation}.");
        return OpenApiSpecLocator.Validator!;
    }
}
