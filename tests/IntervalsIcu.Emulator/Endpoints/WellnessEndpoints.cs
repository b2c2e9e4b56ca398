using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Wellness (api-facts §5.3): the list, one day, and the three writes (one date, by id in the body, and
/// bulk). Writes are partial updates with the server's rules, see <see cref="DemoWellnessWrites"/>.
/// </summary>
internal static class WellnessEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/athlete/{id}/wellness", ListWellness).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessRead);
        api.MapGet("/athlete/{id}/wellness/{date}", GetDay).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessRead);

        // The casts pick the handler overload: a bare (HttpContext) => Task<IResult> would bind as a RequestDelegate.
        api.MapPut("/athlete/{id}/wellness/{date}", (Delegate)UpdateDayAsync).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessWrite);
        api.MapPut("/athlete/{id}/wellness", (Delegate)UpdateDayByIdAsync).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessWrite);
        api.MapPut("/athlete/{id}/wellness-bulk", (Delegate)UpdateBulkAsync).ForAthleteInRoute().RequireScope(OAuthScopes.WellnessWrite);
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
        DemoWellness.CatchUp(state, clock);
        var days = state.Wellness.List(athlete.Id, oldest, newest)
            .Select(day => (JsonNode?)FieldSelection.Apply(day, fields))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(days));
    }

    /// <summary>One day; a day nobody filled is 404 (observed by 0x3639; the message is inferred).</summary>
    private static JsonNodeResult GetDay(HttpContext context, string date, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (!TryReadDate(date, out var day, out var error))
        {
            return error;
        }

        DemoWellness.CatchUp(state, clock);
        var athlete = context.GetTargetAthlete();
        var stored = state.Wellness.List(athlete.Id, day, day).FirstOrDefault();
        return stored is null
            ? JsonNodeResult.ApiError(StatusCodes.Status404NotFound, "Wellness record not found")
            : JsonNodeResult.Ok(stored);
    }

    /// <summary>PUT /wellness/{date}: creates the day if absent (developer, t/609 post 34); the path's date wins over any id in the body.</summary>
    private static async Task<IResult> UpdateDayAsync(HttpContext context, string date, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (!TryReadDate(date, out _, out var error))
        {
            return error;
        }

        var changes = await JsonRequestBody.TryReadObjectAsync(context.Request);
        return changes is null || DemoWellnessWrites.FindTypeProblem(changes) is not null
            ? new SpringErrorResult(StatusCodes.Status400BadRequest)
            : JsonNodeResult.Ok(Write(context, state, clock, date, changes));
    }

    /// <summary>PUT /wellness: the body's <c>id</c> is the date.</summary>
    private static async Task<IResult> UpdateDayByIdAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var changes = await JsonRequestBody.TryReadObjectAsync(context.Request);
        if (changes is null || DemoWellnessWrites.FindTypeProblem(changes) is not null)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        return TryReadId(changes, out var date, out var error) ? JsonNodeResult.Ok(Write(context, state, clock, date, changes)) : error;
    }

    /// <summary>
    /// PUT /wellness-bulk: an array of days, each with its date in <c>id</c>; answers 200 with no body
    /// (spec). The body is checked whole before anything is stored (inference), so a refused request
    /// changed nothing and can be sent again.
    /// </summary>
    private static async Task<IResult> UpdateBulkAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var days = await JsonRequestBody.TryReadArrayAsync(context.Request);
        if (days is null || days.Any(day => day is not JsonObject changes || DemoWellnessWrites.FindTypeProblem(changes) is not null))
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var dates = new List<string>();
        foreach (var changes in days.Cast<JsonObject>())
        {
            if (!TryReadId(changes, out var date, out var error))
            {
                return error;
            }

            dates.Add(date);
        }

        for (var index = 0; index < dates.Count; index++)
        {
            Write(context, state, clock, dates[index], (JsonObject)days[index]!);
        }

        return Results.Ok();
    }

    private static JsonObject Write(HttpContext context, EmulatorState state, TimeProvider clock, string date, JsonObject changes)
    {
        var athlete = context.GetTargetAthlete();
        var now = clock.GetUtcNow();
        return state.Wellness.Upsert(athlete.Id, date, stored => DemoWellnessWrites.Apply(stored, changes, date, now));
    }

    /// <summary>A local date <c>yyyy-MM-dd</c>, else the server's 422 for an unparseable date (as for <c>oldest</c>).</summary>
    private static bool TryReadDate(string text, out DateTime day, out JsonNodeResult error)
    {
        error = null!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            day = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        day = default;
        error = JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, $"Text '{text}' could not be parsed at index 0");
        return false;
    }

    /// <summary>The body's <c>id</c>, which must be a date (inference: the message is the server's usual 422 shape).</summary>
    private static bool TryReadId(JsonObject changes, out string date, out JsonNodeResult error)
    {
        date = changes["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : string.Empty;
        if (date.Length == 0)
        {
            error = JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, "Wellness id (the local date) is required");
            return false;
        }

        return TryReadDate(date, out _, out error);
    }
}
