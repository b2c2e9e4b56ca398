using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>The athlete itself: <c>/athlete/{id}</c>, its profile, and the <c>/athletes</c> list (api-facts §5.1).</summary>
internal static class AthleteEndpoints
{
    /// <summary>Fields a partial update leaves alone: identity, the key, and the lists with their own endpoints.</summary>
    private static readonly HashSet<string> FieldsUpdateCannotChange =
        new(["id", "icu_api_key", "sportSettings", "custom_items"], StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder api)
    {
        // The own athlete and profile are readable with any valid token, whatever its scopes (inference:
        // no scope is documented for them, api-facts §2.4; a token is useless without knowing its athlete).
        api.MapGet("/athlete/{id}", GetAthlete).ForAthleteInRoute();
        api.MapGet("/athlete/{id}/profile", GetProfile).ForAthleteInRoute();

        // Settings are written with SETTINGS:WRITE (api-facts §2.4, inference).
        // The cast picks the handler overload: a bare (HttpContext) => Task<IResult> would bind as a RequestDelegate.
        api.MapPut("/athlete/{id}", (Delegate)UpdateAthleteAsync).ForAthleteInRoute().RequireScope(OAuthScopes.SettingsWrite);

        api.MapGet("/athletes", ListAthletes).RequireApiKey();
    }

    private static JsonNodeResult GetAthlete(HttpContext context, [FromServices] EmulatorState state)
    {
        var athlete = context.GetTargetAthlete();
        var document = AthleteViews.WithSportSettings(athlete);

        // The schema carries icu_api_key. Whether the live server fills it for the key's own athlete is not
        // documented; the emulator does, so tests prove the client never lets it reach any output.
        var caller = context.GetCaller();
        if (caller.Kind == CredentialKind.ApiKey && caller.AthleteId == athlete.Id)
        {
            document["icu_api_key"] = state.ApiKeysOf(athlete.Id).FirstOrDefault();
        }

        return JsonNodeResult.Ok(document);
    }

    private static JsonNodeResult GetProfile(HttpContext context) =>
        JsonNodeResult.Ok(AthleteViews.Profile(context.GetTargetAthlete()));

    /// <summary>A partial update: only the fields sent change (api-facts §1); answers the <c>Athlete</c>.</summary>
    private static async Task<IResult> UpdateAthleteAsync(HttpContext context)
    {
        var changes = await JsonRequestBody.TryReadObjectAsync(context.Request);
        if (changes is null)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        athlete.Merge(changes, FieldsUpdateCannotChange);
        return JsonNodeResult.Ok(AthleteViews.Athlete(athlete));
    }

    /// <summary>The caller first, then the athletes it coaches (spec: "including the caller").</summary>
    private static JsonNodeResult ListAthletes(HttpContext context, [FromServices] EmulatorState state)
    {
        var callerId = context.GetCaller().AthleteId;
        var athletes = new[] { callerId }
            .Concat(state.CoachedAthleteIdsOf(callerId))
            .Select(state.FindAthlete)
            .OfType<EmulatedAthlete>()
            .Select(athlete => (JsonNode?)AthleteViews.WithTags(athlete))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(athletes));
    }
}
