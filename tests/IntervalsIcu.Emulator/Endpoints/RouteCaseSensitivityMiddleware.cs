using Microsoft.AspNetCore.Routing.Patterns;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// ASP.NET Core matches route literals case-insensitively; Spring does not, so <c>/api/v1/Athlete/0</c>
/// is a 404 on the real server. Runs right after routing and drops such a match, so a client bug in a
/// path's case shows up here as it would in production.
/// </summary>
internal sealed class RouteCaseSensitivityMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.Metadata.GetMetadata<IntervalsApiEndpointMetadata>() is not null
            && !LiteralsMatchExactly(endpoint.RoutePattern, context.Request.Path.Value ?? string.Empty))
        {
            context.SetEndpoint(null);
        }

        return next(context);
    }

    private static bool LiteralsMatchExactly(RoutePattern pattern, string path)
    {
        var requestSegments = path.Trim('/').Split('/');
        for (var index = 0; index < pattern.PathSegments.Count && index < requestSegments.Length; index++)
        {
            var parts = pattern.PathSegments[index].Parts;
            if (parts.Count > 0 && parts[0] is RoutePatternLiteralPart leadingLiteral
                && !requestSegments[index].StartsWith(leadingLiteral.Content, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
