namespace IntervalsIcu.Emulator.Responses;

/// <summary>An endpoint result for Spring's default error body, e.g. 400 for a body that is not JSON.</summary>
internal sealed class SpringErrorResult(int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => JsonResponseWriter.WriteSpringErrorAsync(httpContext, statusCode);
}
