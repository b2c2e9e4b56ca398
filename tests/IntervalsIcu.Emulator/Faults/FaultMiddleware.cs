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
        }
    }

    private async Task ServeTruncatedAsync(HttpContext context)
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

        var truncated = TruncatedJson.From(captured.ToArray());
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonResponseWriter.JsonContentType;
        context.Response.ContentLength = truncated.Length;
        await realBody.WriteAsync(truncated, context.RequestAborted);
    }

    private static string ClientAddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
