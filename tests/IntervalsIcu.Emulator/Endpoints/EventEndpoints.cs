using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>Calendar events (api-facts §5.4): the list, and a create so "never replay a POST" can be tested.</summary>
internal static class EventEndpoints
{
    /// <summary>The inputs <c>EventEx</c> adds to <c>Event</c>; the server consumes them and never returns them (api-facts §6.3).</summary>
    private static readonly string[] WriteOnlyInputs = ["workout", "file_contents", "file_contents_base64", "filename"];

    public static void Map(IEndpointRouteBuilder api)
    {
        // CALENDAR:READ for listing, CALENDAR:WRITE for creating (developer, forum t/80090 and t/63624).
        api.MapGet("/athlete/{id}/events", ListEvents).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarRead);
        api.MapPost("/athlete/{id}/events", CreateEventAsync).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
    }

    /// <summary><c>oldest</c> defaults to today in the athlete's zone, <c>newest</c> to oldest + 6 days, inclusive (spec).</summary>
    private static JsonNodeResult ListEvents(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var request = context.Request;
        var athlete = context.GetTargetAthlete();

        var oldest = athlete.LocalNow(clock).Date;
        if (QueryParameters.Text(request, "oldest") is { } oldestText
            && !DateWindowQuery.TryParseBound(oldestText, isUpperBound: false, out oldest, out var error))
        {
            return error;
        }

        var newest = oldest.Date.AddDays(7).AddTicks(-1);
        if (QueryParameters.Text(request, "newest") is { } newestText
            && !DateWindowQuery.TryParseBound(newestText, isUpperBound: true, out newest, out error))
        {
            return error;
        }

        if (!QueryParameters.TryReadInt32(request, "limit", out var limit, out error))
        {
            return error;
        }

        var categories = QueryParameters.List(request, "category");
        var events = state.Events.List(athlete.Id, oldest, newest)
            .Where(calendarEvent => categories.Length == 0 || categories.Contains(calendarEvent["category"]?.ToString() ?? string.Empty, StringComparer.Ordinal))
            .Take(limit ?? int.MaxValue)
            .Select(calendarEvent => (JsonNode?)calendarEvent)
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(events));
    }

    /// <summary>
    /// Echoes the body back as an <c>Event</c> with a new int id and stores it when it has a start date.
    /// <c>upsertOnUid</c> is marked required but defaulted by the server, so it may be absent (api-facts §5.4).
    /// </summary>
    private static async Task<IResult> CreateEventAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var body = await JsonRequestBody.TryReadObjectAsync(context.Request);
        if (body is null)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        var calendarEvent = new JsonObject { ["id"] = state.NextEventId() };
        foreach (var (name, value) in body.Where(field => field.Key != "id" && !WriteOnlyInputs.Contains(field.Key)))
        {
            calendarEvent[name] = value?.DeepClone();
        }

        calendarEvent["athlete_id"] = athlete.Id;
        calendarEvent["created_by_id"] = context.GetCaller().AthleteId;
        calendarEvent["updated"] = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

        if (LocalDateTimeText.TryParse(calendarEvent["start_date_local"]?.ToString(), out _, out _))
        {
            state.Events.Add(athlete.Id, calendarEvent);
        }

        return JsonNodeResult.Ok(calendarEvent);
    }
}
