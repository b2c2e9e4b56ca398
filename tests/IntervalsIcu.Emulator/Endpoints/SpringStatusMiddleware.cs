using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Gives "no such path" (404) and "path exists, method does not" (405) Spring Boot's default body, as the
/// real server does (api-facts §3). Placed after authorization, which the real server runs first.
/// </summary>
internal sealed class SpringStatusMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is null)
        {
            await JsonResponseWriter.WriteSpringErrorAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        await next(context);

        // Routing's own 405 endpoint sets the status and the Allow header but writes no body.
        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            await JsonResponseWriter.WriteSpringErrorAsync(context, StatusCodes.Status405MethodNotAllowed);
        }
    }
}
