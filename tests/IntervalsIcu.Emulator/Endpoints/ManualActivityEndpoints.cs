using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Manual activities (api-facts §5.2): one, or many where the bulk call always upserts on
/// <c>external_id</c> within the credential's scope (no query flag) and items without one are always
/// created (spec).
/// </summary>
internal static class ManualActivityEndpoints
{
    private const string Kind = "activity";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/athlete/{id}/activities/manual", CreateAsync).ForAthleteInRoute().RequireScope(OAuthScopes.ActivityWrite);
        api.MapPost("/athlete/{id}/activities/manual/bulk", CreateBulkAsync).ForAthleteInRoute().RequireScope(OAuthScopes.ActivityWrite);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadObjectAsync(context.Request) is not { } body)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        if (ManualActivityWrites.FindProblem(body, creating: true) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        return JsonNodeResult.Ok(Create(context, state, clock, body, state.NextWriteBatch()));
    }

    /// <summary>The whole array is checked before anything is stored, as for events (inference).</summary>
    private static async Task<IResult> CreateBulkAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadArrayAsync(context.Request) is not { } items || items.Any(item => item is not JsonObject))
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        var scope = RecordOrigins.ScopeOf(context.GetCaller());
        var existing = state.Activities.List(athlete.Id, DateTime.MinValue, DateTime.MaxValue)
            .Where(activity => CalendarEventWrites.Text(activity, "external_id") is not null
                && state.Origins.Find(Kind, CalendarEventWrites.Text(activity, "id")!)?.Scope == scope)
            .GroupBy(activity => CalendarEventWrites.Text(activity, "external_id")!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => CalendarEventWrites.Text(group.First(), "id")!, StringComparer.Ordinal);

        var problems = items.Cast<JsonObject>()
            .Select(item => ManualActivityWrites.FindProblem(item, creating: !(CalendarEventWrites.Text(item, "external_id") is { } key && existing.ContainsKey(key))))
            .Where(problem => problem is not null)
            .Select(problem => (JsonNode?)ApiErrorBody.Create(StatusCodes.Status422UnprocessableEntity, problem!))
            .ToArray();
        if (problems.Length > 0)
        {
            return new JsonNodeResult(StatusCodes.Status422UnprocessableEntity, new JsonArray(problems));
        }

        var batch = state.NextWriteBatch();
        var results = new JsonArray();
        foreach (var item in items.Cast<JsonObject>())
        {
            if (CalendarEventWrites.Text(item, "external_id") is { } externalId && existing.TryGetValue(externalId, out var id))
            {
                state.Activities.Update(id, stored => ManualActivityWrites.Apply(stored, item, athlete));
                results.Add(state.Activities.FindById(id)!.Value.Record);
                continue;
            }

            var created = Create(context, state, clock, item, batch);
            if (CalendarEventWrites.Text(created, "external_id") is { } newKey)
            {
                existing[newKey] = CalendarEventWrites.Text(created, "id")!;
            }

            results.Add(created);
        }

        return JsonNodeResult.Ok(results);
    }

    private static JsonObject Create(HttpContext context, EmulatorState state, TimeProvider clock, JsonObject body, int batch)
    {
        var athlete = context.GetTargetAthlete();
        var activity = ManualActivityWrites.Create(state.ActivityFiles.NewActivityId(), body, athlete, clock.GetUtcNow(), context.GetCaller().AccessToken?.ClientId);
        state.Activities.Add(athlete.Id, activity);
        state.Origins.Set(Kind, CalendarEventWrites.Text(activity, "id")!, new RecordOrigin(RecordOrigins.ScopeOf(context.GetCaller()), batch));
        return activity;
    }
}
