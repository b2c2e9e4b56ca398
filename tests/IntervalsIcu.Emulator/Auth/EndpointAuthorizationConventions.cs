namespace IntervalsIcu.Emulator.Auth;

/// <summary>Declares, next to each route, what the authorization middleware has to check for it.</summary>
internal static class EndpointAuthorizationConventions
{
    /// <summary>The route parameter names an athlete: "0", the caller's own id, or a coached athlete's id.</summary>
    public static TBuilder ForAthleteInRoute<TBuilder>(this TBuilder builder, string parameterName = "id")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AthleteRouteMetadata(parameterName));

    /// <summary>
    /// A bearer token needs exactly this scope. WRITE is not taken to imply READ: undocumented
    /// (api-facts §2.4), and the strict reading catches a client that asks for too few scopes.
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredScopeMetadata(scope));

    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiKeyOnlyMetadata());
}
