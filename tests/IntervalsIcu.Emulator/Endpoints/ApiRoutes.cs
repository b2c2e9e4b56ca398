namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Maps the emulated API under <c>/api/v1</c>, one class per area so areas can grow independently.</summary>
internal static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    /// <summary>Everything under /api/v1 needs credentials; Spring matches paths case-sensitively.</summary>
    public static bool IsApiPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.Ordinal);

    public static void MapIntervalsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix).WithMetadata(new IntervalsApiEndpointMetadata());
        AthleteEndpoints.Map(api);
        ActivityEndpoints.Map(api);
        ManualActivityEndpoints.Map(api);
        WellnessEndpoints.Map(api);
        EventEndpoints.Map(api);
        GearEndpoints.Map(api);
        LibraryEndpoints.Map(api);
        AthleteSummaryEndpoints.Map(api);
        SportSettingsEndpoints.Map(api);
        CurveEndpoints.Map(api);
    }
}
