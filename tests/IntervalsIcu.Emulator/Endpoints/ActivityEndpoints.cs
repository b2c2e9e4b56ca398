using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Activities (api-facts §5.2). For now only the list, which auth diagnostics use to probe read access.</summary>
internal static class ActivityEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/athlete/{id}/activities", ListActivities).ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
    }

    /// <summary><c>oldest</c> is required, <c>newest</c> defaults to now; newest first; <c>limit</c> and <c>fields</c> apply.</summary>
    private static JsonNodeResult ListActivities(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var request = context.Request;
        var athlete = context.GetTargetAthlete();

        if (QueryParameters.Text(request, "oldest") is not { } oldestText)
        {
            return DateWindowQuery.MissingParameter("oldest");
        }

        if (!DateWindowQuery.TryParseBound(oldestText, isUpperBound: false, out var oldest, out var error))
        {
            return error;
        }

        var newest = athlete.LocalNow(clock);
        if (QueryParameters.Text(request, "newest") is { } newestText
            && !DateWindowQuery.TryParseBound(newestText, isUpperBound: true, out newest, out error))
        {
            return error;
        }

        if (!QueryParameters.TryReadInt32(request, "limit", out var limit, out error))
        {
            return error;
        }

        var fields = string.Join(',', QueryParameters.List(request, "fields"));
        var activities = state.Activities.List(athlete.Id, oldest, newest)
            .Reverse()
            .Take(limit ?? int.MaxValue)
            .Select(activity => (JsonNode?)FieldSelection.Apply(activity, fields))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(activities));
    }
}
