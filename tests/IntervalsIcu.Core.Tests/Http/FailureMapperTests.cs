using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Tests.Http;

/// <summary>Each transport failure gets its own kind and fix (unreachable server, TLS, proxy: issue 2 §7).</summary>
public sealed class FailureMapperTests
{
    public static TheoryData<Exception, IcuNetworkFailure, string> TransportFailures => new()
    {
        { new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known."), IcuNetworkFailure.NameResolution, "IcuNetworkError" },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "SSL failed", new AuthenticationException("untrusted root")), IcuNetworkFailure.Tls, "IcuTlsFailure" },
        { new HttpRequestException("SSL failed", new AuthenticationException("certificate expired")), IcuNetworkFailure.Tls, "IcuTlsFailure" },
        { new HttpRequestException(HttpRequestError.ProxyTunnelError, "407"), IcuNetworkFailure.ProxyAuthenticationRequired, "IcuNetworkError" },
        { new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), IcuNetworkFailure.ConnectionRefused, "IcuNetworkError" },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), IcuNetworkFailure.ConnectionDropped, "IcuNetworkError" },
        { new HttpRequestException("reset", new IOException("connection reset")), IcuNetworkFailure.ConnectionDropped, "IcuNetworkError" },
    };

    [Theory]
    [MemberData(nameof(TransportFailures))]
    public void FromException_ClassifiesTheCauseAndGivesItsFix(Exception exception, IcuNetworkFailure expected, string errorId)
    {
        var failure = FailureMapper.FromException(HttpMethod.Get, "/api/v1/athlete/0", exception, timedOut: false);

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(errorId, failure.ErrorId);
        Assert.Null(failure.StatusCode);
        Assert.Contains("/api/v1/athlete/0", failure.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(failure.FixHint));
    }

    [Fact]
    public void FromException_TimedOut_IsATimeout()
    {
        var failure = FailureMapper.FromException(HttpMethod.Get, "/x", new TaskCanceledException(), timedOut: true);

        Assert.Equal(IcuNetworkFailure.Timeout, failure.Kind);
        Assert.Equal(IcuErrorCategory.OperationTimeout, failure.Category);
    }

    [Theory]
    [InlineData(401, typeof(IcuAuthenticationException), "IcuAuthenticationFailed")]
    [InlineData(403, typeof(IcuAccessDeniedException), "IcuAccessDenied")]
    [InlineData(404, typeof(IcuNotFoundException), "IcuNotFound")]
    [InlineData(405, typeof(IcuNotFoundException), "IcuNotFound")]
    [InlineData(422, typeof(IcuValidationException), "IcuValidationFailed")]
    [InlineData(429, typeof(IcuRateLimitedException), "IcuRateLimited")]
    [InlineData(500, typeof(IcuServerException), "IcuServerError")]
    [InlineData(308, typeof(IcuUnexpectedResponseException), "IcuUnexpectedResponse")]
    public void FromResponse_MapsEachStatusToItsException(int status, Type expected, string errorId)
    {
        var failure = FailureMapper.FromResponse(HttpMethod.Get, "/api/v1/athlete/0", (HttpStatusCode)status, "{\"status\":" + status + ",\"error\":\"x\"}", null);

        Assert.IsType(expected, failure);
        Assert.Equal(errorId, failure.ErrorId);
        Assert.Equal(status, failure.StatusCode);
    }

    [Fact]
    public void FromResponse_Redirect_NamesTheSiteToUse()
    {
        var failure = FailureMapper.FromResponse(HttpMethod.Get, "/api/v1/athlete/0", HttpStatusCode.PermanentRedirect, null, null);

        Assert.Contains("https://intervals.icu", failure.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_CertificateFailure_ShowsTheCertificateProblem()
    {
        var exception = new HttpRequestException(
            HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot"));

        var failure = FailureMapper.FromException(HttpMethod.Get, "/api/v1/athlete/0", exception, timedOut: false);

        Assert.Contains("UntrustedRoot", failure.Message, StringComparison.Ordinal);
    }
}
