using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Sport settings (api-facts §5.1): list, read and change one by id or activity type, and apply them to
/// past activities. Create, bulk update and delete are answered by the spec fallback.
/// </summary>
internal static class SportSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // Sport settings are athlete settings: SETTINGS:READ / WRITE (api-facts §2.4, inference).
        api.MapGet("/athlete/{athleteId}/sport-settings", List).ForAthleteInRoute("athleteId").RequireScope(OAuthScopes.SettingsRead);
        api.MapGet("/athlete/{athleteId}/sport-settings/{id}", Get).ForAthleteInRoute("athleteId").RequireScope(OAuthScopes.SettingsRead);
        api.MapPut("/athlete/{athleteId}/sport-settings/{id}", (Delegate)UpdateAsync).ForAthleteInRoute("athleteId").RequireScope(OAuthScopes.SettingsWrite);
        api.MapPut("/athlete/{athleteId}/sport-settings/{id}/apply", Apply).ForAthleteInRoute("athleteId").RequireScope(OAuthScopes.SettingsWrite);
    }

    private static JsonNodeResult List(HttpContext context) =>
        JsonNodeResult.Ok(context.GetTargetAthlete().CloneDocument()["sportSettings"]?.DeepClone() ?? new JsonArray());

    private static JsonNodeResult Get(HttpContext context, string id) =>
        SportSettingsWrites.Find(context.GetTargetAthlete(), id) is { } settings
            ? JsonNodeResult.Ok(settings)
            : JsonNodeResult.ApiError(StatusCodes.Status404NotFound, SportSettingsWrites.NotFoundMessage);

    /// <summary>Only the fields sent change; <c>recalcHrZones</c> is marked required but the server defaults it (api-facts §7).</summary>
    private static async Task<IResult> UpdateAsync(HttpContext context, string id, [FromServices] TimeProvider clock)
    {
        var recalc = QueryParameters.Text(context.Request, "recalcHrZones");
        if (recalc is not null && !bool.TryParse(recalc, out _))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, string.Format(CultureInfo.InvariantCulture, "Invalid value for recalcHrZones: {0}", recalc));
        }

        var changes = await JsonRequestBody.TryReadObjectAsync(context.Request);
        if (changes is null)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var updated = SportSettingsWrites.Update(context.GetTargetAthlete(), id, changes, recalc is not null && bool.Parse(recalc), clock.GetUtcNow());
        return updated is null
            ? JsonNodeResult.ApiError(StatusCodes.Status404NotFound, SportSettingsWrites.NotFoundMessage)
            : JsonNodeResult.Ok(updated);
    }

    /// <summary>
    /// The server re-zones matching activities asynchronously; the emulator does it before answering, so a
    /// test can read the result at once. The answer's shape is a bare object in the spec; the emulator sends an empty one.
    /// </summary>
    private static JsonNodeResult Apply(HttpContext context, string id, [FromServices] EmulatorState state)
    {
        var athlete = context.GetTargetAthlete();
        if (SportSettingsWrites.Find(athlete, id) is not { } settings)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, SportSettingsWrites.NotFoundMessage);
        }

        SportSettingsWrites.ApplyToActivities(state.Activities, athlete.Id, settings);
        return JsonNodeResult.Ok(new JsonObject());
    }
}
