using System.Diagnostics;
using System.Text;
using IntervalsIcu.Emulator.Auth;

namespace IntervalsIcu.Emulator.Recording;

/// <summary>
/// The outermost middleware: records every request, whatever later answers it (auth, a fault, an
/// endpoint), and writes the console line.
/// </summary>
internal sealed class RequestRecordingMiddleware(
    RequestDelegate next, RequestLog log, CredentialAuthenticator authenticator, RequestConsoleWriter console)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var entry = await DescribeAsync(context);
        var recorded = 0;
        void RecordOnce(int statusCode)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                log.Add(entry with { StatusCode = statusCode });
            }
        }

        // Record when the status line goes out: by the time a client holds the response, the entry exists.
        context.Response.OnStarting(() =>
        {
            RecordOnce(context.Response.StatusCode);
            return Task.CompletedTask;
        });

        var statusCode = 0;
        try
        {
            await next(context);
            var delivered = context.Features.Get<ResponseNotDeliveredFeature>() is null
                && !(context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted);
            statusCode = delivered ? context.Response.StatusCode : 0;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (e.g. during an injected delay): nothing was delivered.
            statusCode = 0;
        }
        catch
        {
            statusCode = StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            RecordOnce(statusCode);
            console.Write(entry.Method, entry.Path, statusCode, Stopwatch.GetElapsedTime(startedAt));
        }
    }

    private async Task<RecordedRequest> DescribeAsync(HttpContext context)
    {
        var request = context.Request;
        var authorization = RequestHeaders.FirstAuthorization(request);
        return new RecordedRequest(
            ReceivedAt: DateTimeOffset.UtcNow,
            Method: request.Method,
            Path: request.Path.Value ?? string.Empty,
            QueryString: request.QueryString.Value ?? string.Empty,
            AuthorizationHeader: authorization,
            UserAgent: NullIfEmpty(request.Headers.UserAgent.ToString()),
            AcceptEncoding: NullIfEmpty(request.Headers.AcceptEncoding.ToString()),
            Body: await ReadBodyAsync(request, context.RequestAborted),
            StatusCode: 0,
            AthleteId: authenticator.Authenticate(authorization).Caller?.AthleteId);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Buffered so the endpoint can read the same body again.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var body = await reader.ReadToEndAsync(cancellationToken);
        request.Body.Position = 0;
        return body;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
