using IntervalsIcu.Emulator.Recording;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Faults;

/// <summary>
/// Applies the <see cref="FaultInjector"/>'s rate limit and queued faults. It sits before authorization:
/// the throttle and the proxy answer before the application ever sees credentials.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (faults.CurrentRateLimit is { } rateLimit && !rateLimit.TryAdmit(ClientAddressOf(context)))
        {
            await InjectedFailureResponses.WriteTooManyRequestsAsync(context, rateLimit.RetryAfterSeconds);
            return;
        }

        var fault = faults.TakeFaultFor(context.Request.Path.Value ?? string.Empty);
        switch (fault?.Kind)
        {
            case null:
                await next(context);
                break;
            case FaultKind.Fail:
                await InjectedFailureResponses.WriteFailureAsync(context, fault.StatusCode, fault.RetryAfterSeconds);
                break;
            case FaultKind.Delay:
                await Task.Delay(fault.Delay, context.RequestAborted);
                await next(context);
                break;
            case FaultKind.Drop:
                context.Features.Set(new ResponseNotDeliveredFeature());
                context.Abort();
                break;
            case FaultKind.Malform:
                await ServeTruncatedAsync(context);
                break;
            case FaultKind.StallBody:
                await ServeStalledAsync(context);
                break;
            case FaultKind.TrickleBody:
                await ServeTrickledAsync(context, fault.Delay);
                break;
            case FaultKind.DropBody:
                await ServeHalfThenAbortAsync(context);
                break;
            case FaultKind.EchoCredential:
                await CredentialEchoResponses.WriteErrorAsync(context, fault.StatusCode, fault.EchoShape);
                break;
            case FaultKind.EchoCredentialFields:
                await ServeWithEchoedFieldsAsync(context);
                break;
            case FaultKind.Empty:
                context.Response.StatusCode = fault.StatusCode;
                context.Response.ContentLength = 0;
                break;
            case FaultKind.Redirect:
                context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                context.Response.Headers.Location = fault.Location;
                break;
        }
    }

    /// <summary>Runs the real endpoint into a buffer: the faults that mangle a body need the whole of it first.</summary>
    private async Task<(byte[] Body, Stream RealBody)> CaptureAsync(HttpContext context)
    {
        var realBody = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        return (captured.ToArray(), realBody);
    }

    private async Task ServeStalledAsync(HttpContext context)
    {
        var (body, realBody) = await CaptureAsync(context);
        context.Response.ContentLength = body.Length;
        await realBody.WriteAsync(body.AsMemory(0, Math.Min(8, body.Length / 2)), context.RequestAborted);
        await realBody.FlushAsync(context.RequestAborted);
        try
        {
            // Silent until the client gives up; bounded so a test run never leaves it behind.
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Abort();
    }

    private async Task ServeTrickledAsync(HttpContext context, TimeSpan interval)
    {
        var (body, realBody) = await CaptureAsync(context);
        context.Response.ContentLength = body.Length;
        try
        {
            for (var i = 0; i < body.Length; i++)
            {
                await realBody.WriteAsync(body.AsMemory(i, 1), context.RequestAborted);
                await realBody.FlushAsync(context.RequestAborted);
                await Task.Delay(interval, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up.
        }
    }

    private async Task ServeHalfThenAbortAsync(HttpContext context)
    {
        var (body, realBody) = await CaptureAsync(context);
        context.Response.ContentLength = body.Length;
        await realBody.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await realBody.FlushAsync(context.RequestAborted);
        context.Abort();
    }

    private async Task ServeWithEchoedFieldsAsync(HttpContext context)
    {
        var (body, realBody) = await CaptureAsync(context);
        var echoed = CredentialEchoResponses.AddEchoedFields(body, context.Request);
        context.Response.ContentLength = echoed.Length;
        await realBody.WriteAsync(echoed, context.RequestAborted);
    }

    private async Task ServeTruncatedAsync(HttpContext context)
    {
        var (body, realBody) = await CaptureAsync(context);
        var truncated = TruncatedJson.From(body);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonResponseWriter.JsonContentType;
        context.Response.ContentLength = truncated.Length;
        await realBody.WriteAsync(truncated, context.RequestAborted);
    }

    private static string ClientAddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
