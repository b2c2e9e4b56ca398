using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>The gear list (api-facts §5.6); the other gear operations are answered by the spec fallback.</summary>
internal static class GearEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // Gear lives in the athlete's settings: SETTINGS:READ (api-facts §2.4, inference).
        api.MapGet("/athlete/{id}/gear", ListGear).ForAthleteInRoute().RequireScope(OAuthScopes.SettingsRead);
    }

    private static JsonNodeResult ListGear(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var athlete = context.GetTargetAthlete();
        return JsonNodeResult.Ok(DemoGear.For(athlete.Id, state.Activities.List(athlete.Id, DateTime.MinValue, DateTime.MaxValue), athlete.LocalNow(clock)));
    }
}
