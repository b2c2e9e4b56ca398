using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>The athlete summary a coach reads for the athletes they follow (getAthleteSummary, api-facts §5).</summary>
internal static class AthleteSummaryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/athlete/{id}/athlete-summary", Summaries).ForAthleteInRoute();
    }

    /// <summary>
    /// The athlete of the path first, then the athletes they coach (inference: the order of <c>/athletes</c>);
    /// with a bearer token only the token's athlete (spec). <c>start</c> defaults to 6 days ago and <c>end</c>
    /// to today in each athlete's zone (spec); both are local dates, a time after them is ignored.
    /// </summary>
    private static JsonNodeResult Summaries(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var target = context.GetTargetAthlete();
        var ids = context.GetCaller().Kind == CredentialKind.AccessToken ? [target.Id] : new[] { target.Id }.Concat(state.CoachedAthleteIdsOf(target.Id));
        var summaries = new List<JsonNode?>();
        foreach (var athlete in ids.Select(state.FindAthlete).OfType<EmulatedAthlete>())
        {
            var today = DateOnly.FromDateTime(athlete.LocalNow(clock));
            if (!TryBound(context, "start", today.AddDays(-6), out var start, out var error) || !TryBound(context, "end", today, out var end, out error))
            {
                return error;
            }

            var activities = state.Activities.List(athlete.Id, DateTime.MinValue, DateTime.MaxValue);
            var lastWellness = state.Wellness.List(athlete.Id, DateTime.MinValue, end.ToDateTime(TimeOnly.MaxValue)).LastOrDefault()?["id"]?.GetValue<string>();
            summaries.Add(DemoAthleteSummary.For(athlete, activities, start, end, lastWellness));
        }

        return JsonNodeResult.Ok(new JsonArray(summaries.ToArray()));
    }

    private static bool TryBound(HttpContext context, string name, DateOnly fallback, out DateOnly value, [NotNullWhen(false)] out JsonNodeResult? error)
    {
        value = fallback;
        error = null;
        if (QueryParameters.Text(context.Request, name) is not { } text)
        {
            return true;
        }

        if (!DateWindowQuery.TryParseBound(text, isUpperBound: false, out var parsed, out error))
        {
            return false;
        }

        value = DateOnly.FromDateTime(parsed);
        return true;
    }
}
