namespace IntervalsIcu.Emulator.Auth;

/// <summary>Reads the <see cref="AuthorizedRequest"/> the authorization middleware stored on the request.</summary>
internal static class AuthorizedRequestAccessors
{
    public static ApiCaller GetCaller(this HttpContext context) => GetAuthorizedRequest(context).Caller;

    /// <summary>The athlete named by the route's athlete id; only valid on endpoints declared <c>ForAthleteInRoute</c>.</summary>
    public static EmulatedAthlete GetTargetAthlete(this HttpContext context) =>
        GetAuthorizedRequest(context).TargetAthlete
        ?? throw new InvalidOperationException("This endpoint was not declared with ForAthleteInRoute.");

    private static AuthorizedRequest GetAuthorizedRequest(HttpContext context) =>
        context.Features.Get<AuthorizedRequest>()
        ?? throw new InvalidOperationException("The request did not pass the authorization middleware.");
}
