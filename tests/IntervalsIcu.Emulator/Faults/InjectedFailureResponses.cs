using System.Globalization;
using System.Text;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.WebUtilities;

namespace IntervalsIcu.Emulator.Faults;

/// <summary>The bodies of injected failures, shaped like what a client would really receive.</summary>
internal static class InjectedFailureResponses
{
    /// <summary>The throttle's answer; the body follows the server's JSON error shape (api-facts §3).</summary>
    public static Task WriteTooManyRequestsAsync(HttpContext context, int? retryAfterSeconds)
    {
        SetRetryAfter(context, retryAfterSeconds);
        return JsonResponseWriter.WriteApiErrorAsync(context, StatusCodes.Status429TooManyRequests, ApiErrorBody.TooManyRequests);
    }

    public static async Task WriteFailureAsync(HttpContext context, int statusCode, int? retryAfterSeconds)
    {
        SetRetryAfter(context, retryAfterSeconds);
        if (statusCode == StatusCodes.Status429TooManyRequests)
        {
            await JsonResponseWriter.WriteApiErrorAsync(context, statusCode, ApiErrorBody.TooManyRequests);
            return;
        }

        if (statusCode is StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout)
        {
            // Gateway errors come from the reverse proxy in front of the application, not from Spring, so
            // they are HTML (inference: the front end is not documented; nginx's page is the common one).
            // A client must survive an error body that is not JSON.
            await WriteProxyPageAsync(context, statusCode);
            return;
        }

        await JsonResponseWriter.WriteApiErrorAsync(context, statusCode, ReasonPhrases.GetReasonPhrase(statusCode));
    }

    private static async Task WriteProxyPageAsync(HttpContext context, int statusCode)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"{statusCode} {ReasonPhrases.GetReasonPhrase(statusCode)}");
        var page = $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        var bytes = Encoding.UTF8.GetBytes(page);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static void SetRetryAfter(HttpContext context, int? retryAfterSeconds)
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
