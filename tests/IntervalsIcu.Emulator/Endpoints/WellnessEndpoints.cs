using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Wellness (api-facts §5.3). For now only the JSON list.</summary>
internal static class WellnessEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/athlete/{id}/wellness", ListWellness).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessRead);
    }

    /// <summary>
    /// Both bounds optional and inclusive. Without <c>oldest</c> the list starts at the first record and
    /// without <c>newest</c> it ends today in the athlete's zone (inference: the spec gives no defaults).
    /// </summary>
    private static JsonNodeResult ListWellness(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var request = context.Request;
        var athlete = context.GetTargetAthlete();

        var oldest = DateTime.MinValue;
        if (QueryParameters.Text(request, "oldest") is { } oldestText
            && !DateWindowQuery.TryParseBound(oldestText, isUpperBound: false, out oldest, out var error))
        {
            return error;
        }

        var newest = athlete.LocalNow(clock).Date.AddDays(1).AddTicks(-1);
        if (QueryParameters.Text(request, "newest") is { } newestText
            && !DateWindowQuery.TryParseBound(newestText, isUpperBound: true, out newest, out error))
        {
            return error;
        }

        var fields = string.Join(',', QueryParameters.List(request, "fields"));
        var days = state.Wellness.List(athlete.Id, oldest, newest)
            .Select(day => (JsonNode?)FieldSelection.Apply(day, fields))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(days));
    }
}
