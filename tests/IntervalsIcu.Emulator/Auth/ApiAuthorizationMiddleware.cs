using IntervalsIcu.Emulator.Endpoints;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Auth;

/// <summary>
/// Authenticates every <c>/api/v1/**</c> request before anything else looks at it, as the real server
/// does (an unknown path with bad credentials is 401/403, not 404), then applies the matched endpoint's
/// rules: API key only, athlete id in the path, OAuth scope.
/// </summary>
internal sealed class ApiAuthorizationMiddleware(RequestDelegate next, CredentialAuthenticator authenticator, AthleteAccessPolicy accessPolicy)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiRoutes.IsApiPath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var authentication = authenticator.Authenticate(RequestHeaders.FirstAuthorization(context.Request));
        if (authentication.Caller is not { } caller)
        {
            await JsonResponseWriter.WriteApiErrorAsync(context, authentication.FailureStatusCode, authentication.FailureMessage!);
            return;
        }

        EmulatedAthlete? targetAthlete = null;
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IntervalsApiEndpointMetadata>() is not null)
        {
            // GET /athletes "cannot be called with a bearer token, an API_KEY is required" (spec).
            if (endpoint.Metadata.GetMetadata<ApiKeyOnlyMetadata>() is not null && caller.Kind != CredentialKind.ApiKey)
            {
                await DenyAsync(context);
                return;
            }

            if (endpoint.Metadata.GetMetadata<AthleteRouteMetadata>() is { } athleteRoute)
            {
                var pathAthleteId = context.Request.RouteValues[athleteRoute.ParameterName] as string ?? string.Empty;
                targetAthlete = accessPolicy.Resolve(pathAthleteId, caller);
                if (targetAthlete is null)
                {
                    await DenyAsync(context);
                    return;
                }
            }

            // A token without the area's scope: 403 Access denied, like any refused credential (api-facts §3).
            foreach (var requiredScope in endpoint.Metadata.GetOrderedMetadata<RequiredScopeMetadata>())
            {
                if (!caller.HasScope(requiredScope.Scope))
                {
                    await DenyAsync(context);
                    return;
                }
            }
        }

        context.Features.Set(new AuthorizedRequest(caller, targetAthlete));
        await next(context);
    }

    private static Task DenyAsync(HttpContext context) =>
        JsonResponseWriter.WriteApiErrorAsync(context, StatusCodes.Status403Forbidden, ApiErrorBody.AccessDenied);
}
