using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>Spring's default 404/405/400 bodies and the server's 422 for bad query parameters (api-facts §3).</summary>
public sealed class EmulatorSpringErrorTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public EmulatorSpringErrorTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    [Theory]
    [InlineData("/api/v1/athlete/0/fitness")]
    [InlineData("/api/v1/athlete-profile")]
    [InlineData("/api/v1/event")]
    public async Task Emulator_UnknownApiPath_AnswersSpring404Body(string path)
    {
        using var response = await GetAsync(_emulator.Client, path + "?oldest=2024-01-01", ApiKey(DemoData.DemoApiKey));

        await AssertSpringErrorAsync(response, 404, "Not Found", path);
    }

    [Fact]
    public async Task Emulator_PathOutsideTheApi_AnswersSpring404WithoutAskingForCredentials()
    {
        using var response = await GetAsync(_emulator.Client, "/nothing/here", authorization: null);

        await AssertSpringErrorAsync(response, 404, "Not Found", "/nothing/here");
    }

    [Theory]
    [InlineData("/api/v1/Athlete/0")]
    [InlineData("/API/v1/athlete/0")]
    [InlineData("/api/v1/athlete/0/Profile")]
    public async Task Emulator_PathInAnotherCase_Answers404LikeSpring(string path)
    {
        using var response = await GetAsync(_emulator.Client, path, ApiKey(DemoData.DemoApiKey));

        await AssertSpringErrorAsync(response, 404, "Not Found", path);
    }

    [Fact]
    public async Task Emulator_KnownPathWithWrongMethod_AnswersSpring405BodyAndAllow()
    {
        using var response = await SendAsync(_emulator.Client, HttpMethod.Delete, "/api/v1/athletes", ApiKey(DemoData.DemoApiKey));

        await AssertSpringErrorAsync(response, 405, "Method Not Allowed", "/api/v1/athletes");
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Emulator_WrongMethodWithoutCredentials_Answers401First()
    {
        using var response = await SendAsync(_emulator.Client, HttpMethod.Delete, "/api/v1/athletes", authorization: null);

        await AssertApiErrorAsync(response, 401, "Unauthorized");
    }

    [Fact]
    public async Task Emulator_ActivitiesWithoutOldest_Answers422RequiredParameter()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/activities", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(
            response, 422, "Required request parameter 'oldest' for method parameter type String is not present");
    }

    [Fact]
    public async Task Emulator_LimitThatIsNotANumber_Answers422()
    {
        using var response = await GetAsync(
            _emulator.Client, "/api/v1/athlete/0/activities?oldest=2024-01-01&limit=ten", ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(
            response, 422, "Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; For input string: \"ten\"");
    }

    [Theory]
    [InlineData("/api/v1/athlete/0/activities?oldest=2024-01-01T06:00:00Z")]
    [InlineData("/api/v1/athlete/0/wellness?oldest=yesterday")]
    [InlineData("/api/v1/athlete/0/events?newest=01/02/2024")]
    public async Task Emulator_DateThatIsNotALocalIsoDate_Answers422(string pathAndQuery)
    {
        using var response = await GetAsync(_emulator.Client, pathAndQuery, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(422, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_EventPostWithBodyThatIsNotJson_AnswersSpring400()
    {
        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events", ApiKey(DemoData.DemoApiKey), "not json");

        await AssertSpringErrorAsync(response, 400, "Bad Request", "/api/v1/athlete/0/events");
    }
}
