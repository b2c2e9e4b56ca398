using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Http;

/// <summary>Turns a failed response or transport exception into the matching typed exception with its fix.</summary>
internal static class FailureMapper
{
    public static IcuApiException FromResponse(HttpMethod method, string path, HttpStatusCode status, string? body, TimeSpan? retryAfter, IcuAuthScheme scheme = IcuAuthScheme.ApiKey)
    {
        var code = (int)status;
        var failure = new IcuRequestFailure(method.Method, path, code, ErrorBodyParser.Parse(body));
        return code switch
        {
            401 => new IcuAuthenticationException(failure, Messages.Fix401),
            403 => new IcuAccessDeniedException(failure, scheme == IcuAuthScheme.AccessToken ? Messages.Fix403Token : Messages.Fix403),
            404 or 405 => new IcuNotFoundException(failure, Messages.Fix404),
            400 or 422 => new IcuValidationException(failure, Messages.Fix422),
            407 => new IcuNetworkException(failure, IcuNetworkFailure.ProxyAuthenticationRequired, Messages.FixProxyAuthentication),
            429 => new IcuRateLimitedException(failure, Messages.Fix429, retryAfter),
            >= 300 and < 400 => new IcuUnexpectedResponseException(
                failure with { Cause = Messages.RedirectCause },
                // Only the real service is suggested, never the host the server named: that is its choice, not the user's.
                Messages.FixRedirect),
            >= 500 => new IcuServerException(failure, method == HttpMethod.Post ? Messages.Fix5xxPost : Messages.Fix5xx),
            _ => new IcuUnexpectedResponseException(failure, Messages.FixUnexpected),
        };
    }

    /// <param name="timeoutCause">What ran out, for a timeout: the overall limit or the body's idle timeout.</param>
    public static IcuNetworkException FromException(HttpMethod method, string path, Exception exception, bool timedOut, string? timeoutCause = null)
    {
        var kind = timedOut ? IcuNetworkFailure.Timeout : Classify(exception);
        var failure = new IcuRequestFailure(method.Method, path, null, null, timedOut && timeoutCause is not null ? timeoutCause : CauseText(kind, exception));
        var fix = kind switch
        {
            IcuNetworkFailure.NameResolution => Messages.FixNameResolution,
            IcuNetworkFailure.ConnectionRefused => Messages.FixConnectionRefused,
            IcuNetworkFailure.Tls => Messages.FixTls,
            IcuNetworkFailure.ProxyAuthenticationRequired => Messages.FixProxyAuthentication,
            IcuNetworkFailure.Timeout => Messages.FixTimeout,
            IcuNetworkFailure.ConnectionDropped => method == HttpMethod.Post ? Messages.Fix5xxPost : Messages.FixConnectionDropped,
            _ => Messages.FixNetworkUnknown,
        };
        return new IcuNetworkException(failure, kind, fix, exception);
    }

    /// <summary>Whether an idempotent request may be tried again after this transport failure.</summary>
    public static bool IsTransient(IcuNetworkFailure kind) =>
        kind is IcuNetworkFailure.ConnectionDropped or IcuNetworkFailure.Timeout;

    private static IcuNetworkFailure Classify(Exception exception)
    {
        if (exception is HttpRequestException http)
        {
            switch (http.HttpRequestError)
            {
                case HttpRequestError.NameResolutionError:
                    return IcuNetworkFailure.NameResolution;
                case HttpRequestError.SecureConnectionError:
                    return IcuNetworkFailure.Tls;
                case HttpRequestError.ProxyTunnelError:
                    return IcuNetworkFailure.ProxyAuthenticationRequired;
                case HttpRequestError.ResponseEnded:
                case HttpRequestError.InvalidResponse:
                    return IcuNetworkFailure.ConnectionDropped;
            }
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case AuthenticationException:
                    return IcuNetworkFailure.Tls;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return IcuNetworkFailure.ConnectionRefused;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return IcuNetworkFailure.NameResolution;
                case IOException:
                    return IcuNetworkFailure.ConnectionDropped;
            }
        }

        return IcuNetworkFailure.Unknown;
    }

    private static string CauseText(IcuNetworkFailure kind, Exception exception) => kind switch
    {
        IcuNetworkFailure.NameResolution => Messages.CauseNameResolution,
        IcuNetworkFailure.ConnectionRefused => Messages.CauseConnectionRefused,
        IcuNetworkFailure.Tls => CertificateProblem(exception) is { } problem
            ? string.Format(CultureInfo.InvariantCulture, Messages.CauseTlsDetail, problem)
            : Messages.CauseTls,
        IcuNetworkFailure.ProxyAuthenticationRequired => Messages.CauseProxy,
        IcuNetworkFailure.Timeout => Messages.CauseTimeout,
        IcuNetworkFailure.ConnectionDropped => Messages.CauseConnectionDropped,
        _ => exception.GetBaseException().Message,
    };

    /// <summary>The handshake's own words (an untrusted root, a name mismatch, an expired certificate), when it gave any.</summary>
    private static string? CertificateProblem(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationException authentication && !string.IsNullOrWhiteSpace(authentication.Message))
            {
                return authentication.Message.Trim();
            }
        }

        return null;
    }
}
