using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Input;

namespace IntervalsIcu.Core.Tests.Input;

public sealed class IcuBaseUriTests
{
    [Theory]
    [InlineData(null, "https://intervals.icu/")]
    [InlineData("https://intervals.icu", "https://intervals.icu/")]
    [InlineData("http://localhost:8044", "http://localhost:8044/")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/")]
    [InlineData("http://[::1]:8044", "http://[::1]:8044/")]
    public void Check_SiteRoots_AreAccepted(string? raw, string expected)
    {
        var result = IcuBaseUri.Check(raw);

        Assert.Equal(expected, result.GetValueOrThrow().ToString());
        Assert.Empty(result.Corrections);
    }

    [Theory]
    [InlineData("http://intervals.icu")]
    [InlineData("http://example.com:8080")]
    [InlineData("http://192.168.1.10:8044")]
    public void Check_PlainHttpToANonLoopbackHost_IsRefusedBecauseTheKeyWouldTravelInClear(string raw)
    {
        var problem = Assert.IsType<IcuInsecureBaseUriException>(IcuBaseUri.Check(raw).Problem);

        Assert.Equal("IcuInsecureBaseUri", problem.ErrorId);
        Assert.Contains("https", problem.FixHint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://intervals.icu/api/v1", "https://intervals.icu/")]
    [InlineData("https://intervals.icu/api/v1/", "https://intervals.icu/")]
    [InlineData("https://intervals.icu   ", "https://intervals.icu/")]
    [InlineData("intervals.icu", "https://intervals.icu/")]
    [InlineData("https://www.intervals.icu", "https://intervals.icu/")]
    public void Check_FixableBaseUris_AreCorrectedWithAWarning(string raw, string expected)
    {
        var result = IcuBaseUri.Check(raw);

        Assert.Equal(expected, result.GetValueOrThrow().ToString());
        Assert.NotEmpty(result.Corrections);
    }

    [Theory]
    [InlineData("https://intervals.icu/api/v1/athlete/0/activities")]
    [InlineData("https://intervals.com")]
    [InlineData("https://api.intervals.icu")]
    [InlineData("ftp://intervals.icu")]
    [InlineData("https://intervals.icu/?x=1")]
    public void Check_WrongHostOrPath_IsRefusedWithAClearMessage(string raw)
    {
        var problem = Assert.IsType<IcuInvalidBaseUriException>(IcuBaseUri.Check(raw).Problem);

        Assert.Equal("IcuInvalidBaseUri", problem.ErrorId);
        Assert.Contains("intervals.icu", problem.FixHint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("htps://API_KEY:s3cr3tk3y@intervals.icu")]
    [InlineData("https//API_KEY:s3cr3tk3y@intervals.icu")]
    [InlineData("https:/API_KEY:s3cr3tk3y@intervals.icu")]
    [InlineData("ftp://API_KEY:s3cr3tk3y@intervals.icu")]
    [InlineData("https://API_KEY:s3cr3tk3y@intervals.icu:99999")]
    [InlineData("https://intervals.icu/API_KEY:s3cr3tk3y@x")]
    public void Check_MistypedUrlWithCredentials_NeverEchoesThem(string raw)
    {
        var result = IcuBaseUri.Check(raw);

        var problem = Assert.IsType<IcuInvalidBaseUriException>(result.Problem);
        Assert.DoesNotContain("s3cr3tk3y", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3tk3y", problem.FixHint, StringComparison.Ordinal);
        Assert.All(result.Corrections, correction => Assert.DoesNotContain("s3cr3tk3y", correction, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://\u0456ntervals.icu", "xn--ntervals-")]
    [InlineData("https://intervaIs.icu", "intervais.icu")]
    [InlineData("https://proxy.example.com", "proxy.example.com")]
    public void Check_AnyHostButIntervalsIcuOrLoopback_IsAcceptedWithAWarningNamingItsAsciiForm(string raw, string shown)
    {
        var result = IcuBaseUri.Check(raw);

        Assert.Null(result.Problem);
        Assert.Contains(result.Corrections, warning => warning.Contains(shown, StringComparison.Ordinal) && warning.Contains("not intervals.icu", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CredentialsInTheUrl_AreRefusedWithoutEchoingThem()
    {
        const string key = "4x9kq2m7r5t8w3z6b1n0p4s7";

        var problem = IcuBaseUri.Check($"https://API_KEY:{key}@intervals.icu").Problem!;

        Assert.IsType<IcuInvalidBaseUriException>(problem);
        Assert.DoesNotContain(key, problem.Message, StringComparison.Ordinal);
    }
}
