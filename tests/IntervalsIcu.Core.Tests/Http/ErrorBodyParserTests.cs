using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Tests.Http;

/// <summary>The three error body shapes of api-facts §3, and what proxies send instead.</summary>
public sealed class ErrorBodyParserTests
{
    [Theory]
    [InlineData("{\"status\":403,\"error\":\"Access denied\"}", "Access denied")]
    [InlineData("{\"timestamp\":\"2026-01-01T10:00:00.000+00:00\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/api/v1/athlete/0/fitness\"}", "Not Found")]
    [InlineData("[{\"status\":422,\"error\":\"Name is too long\"}]", "Name is too long")]
    [InlineData("[{\"status\":422,\"error\":\"Name is too long\"},{\"status\":422,\"error\":\"Bad date\"}]", "Name is too long; Bad date")]
    [InlineData("{\"error\":\"Required request parameter 'minSecs' for method parameter type int is not present\"}", "Required request parameter 'minSecs' for method parameter type int is not present")]
    [InlineData("<html><head><title>502 Bad Gateway</title></head></html>", "HTML page: 502 Bad Gateway")]
    [InlineData("upstream   connect error", "upstream connect error")]
    public void Parse_KnownShapes_GivesTheServersMessage(string body, string expected)
    {
        Assert.Equal(expected, ErrorBodyParser.Parse(body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyBody_GivesNull(string? body)
    {
        // Some 422s have an empty body (api-facts §3).
        Assert.Null(ErrorBodyParser.Parse(body));
    }
}
