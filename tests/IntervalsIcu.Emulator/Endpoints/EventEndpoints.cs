using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using IntervalsIcu.Emulator.Workouts;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// The calendar (api-facts §5.4): list, one event, create, bulk create with <c>upsert</c> /
/// <c>upsertOnUid</c>, update, delete one / by range and category / in bulk by id or external_id,
/// mark done, and the planned workout as a trainer file. external_id only ever matches events the same
/// credential scope created (<see cref="RecordOrigins.ScopeOf"/>).
/// </summary>
internal static class EventEndpoints
{
    private const string Kind = "event";

    public static void Map(IEndpointRouteBuilder api)
    {
        // CALENDAR:READ for reading, CALENDAR:WRITE for changing (developer, forum t/80090 and t/63624).
        api.MapGet("/athlete/{id}/events", ListEvents).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarRead);
        api.MapGet("/athlete/{id}/events/{eventId:int}", GetEvent).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarRead);
        api.MapGet("/athlete/{id}/events/{eventId:int}/download{ext}", Download).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarRead);
        api.MapPost("/athlete/{id}/events", CreateEventAsync).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapPost("/athlete/{id}/events/bulk", CreateBulkAsync).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapPut("/athlete/{id}/events/{eventId:int}", UpdateEventAsync).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapDelete("/athlete/{id}/events/{eventId:int}", DeleteEvent).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapDelete("/athlete/{id}/events", DeleteRange).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapPut("/athlete/{id}/events/bulk-delete", DeleteBulkAsync).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
        api.MapPost("/athlete/{id}/events/{eventId:int}/mark-done", MarkDone).ForAthleteInRoute().RequireScope(OAuthScopes.CalendarWrite);
    }

    /// <summary>
    /// <c>oldest</c> defaults to today in the athlete's zone, <c>newest</c> to oldest + 6 days, inclusive
    /// (spec); multi-day events overlapping the window are included. <c>category</c> filters,
    /// <c>resolve=true</c> adds watts, <c>ext</c> adds the workout as a file.
    /// </summary>
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

        if (!TryReadFileFormat(QueryParameters.Text(request, "ext"), out var format, out var formatError))
        {
            return formatError;
        }

        var categories = QueryParameters.List(request, "category");
        var resolve = IsTrue(request, "resolve");
        var events = state.Events.List(athlete.Id, oldest, newest)
            .Where(calendarEvent => categories.Length == 0 || categories.Contains(CalendarEventWrites.Text(calendarEvent, "category") ?? string.Empty, StringComparer.Ordinal))
            .Take(limit ?? int.MaxValue)
            .Select(calendarEvent => (JsonNode?)CalendarEventWrites.View(calendarEvent, athlete, resolve, format))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(events));
    }

    private static JsonNodeResult GetEvent(HttpContext context, [FromServices] EmulatorState state, int eventId) =>
        Find(context, state, eventId) is { } found
            ? JsonNodeResult.Ok(CalendarEventWrites.View(found, context.GetTargetAthlete(), resolve: IsTrue(context.Request, "resolve"), fileFormat: null))
            : JsonNodeResult.ApiError(StatusCodes.Status404NotFound, CalendarEventWrites.NotFoundMessage);

    /// <summary>The planned workout as <c>.zwo</c>, <c>.mrc</c>, <c>.erg</c> or <c>.fit</c>; an event without structure is 422 (inference).</summary>
    private static IResult Download(HttpContext context, [FromServices] EmulatorState state, int eventId, string ext)
    {
        if (!ext.StartsWith('.'))
        {
            return new SpringErrorResult(StatusCodes.Status404NotFound);
        }

        if (!TryReadFileFormat(ext, out var format, out var error))
        {
            return error;
        }

        if (Find(context, state, eventId) is not { } found)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, CalendarEventWrites.NotFoundMessage);
        }

        if (found["workout_doc"] is not JsonObject document)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, "Event is not a structured workout");
        }

        var name = CalendarEventWrites.Text(found, "name") ?? "Workout";
        var type = CalendarEventWrites.Text(found, "type") ?? "Ride";
        var bytes = WorkoutFiles.Encode(format!, WorkoutDocument.Read(document), name, type, CalendarEventWrites.AthleteFtp(context.GetTargetAthlete(), type));
        return Results.File(bytes, "application/octet-stream", WorkoutFiles.FileName(name, eventId, format!));
    }

    /// <summary>POST /events: <c>upsertOnUid</c> is marked required but defaulted by the server (api-facts §5.4).</summary>
    private static async Task<IResult> CreateEventAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadObjectAsync(context.Request) is not { } body)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        if (CalendarEventWrites.FindProblem(body, creating: true) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        var writer = new Writer(context, state, clock, upsert: false, upsertOnUid: IsTrue(context.Request, "upsertOnUid"));
        return JsonNodeResult.Ok(writer.Write(body));
    }

    /// <summary>
    /// POST /events/bulk: <c>upsert=true</c> updates the events whose external_id this credential's
    /// scope created and creates the rest; <c>upsertOnUid=true</c> matches on <c>uid</c> instead (ignored
    /// when upsert is on). The whole array is checked first and a bad item refuses the request with an
    /// array of errors (api-facts §3: bulk endpoints can return an array), so nothing of it is written.
    /// </summary>
    private static async Task<IResult> CreateBulkAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadArrayAsync(context.Request) is not { } items || items.Any(item => item is not JsonObject))
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var problems = items.Cast<JsonObject>()
            .Select(item => CalendarEventWrites.FindProblem(item, creating: true))
            .Where(problem => problem is not null)
            .Select(problem => (JsonNode?)ApiErrorBody.Create(StatusCodes.Status422UnprocessableEntity, problem!))
            .ToArray();
        if (problems.Length > 0)
        {
            return new JsonNodeResult(StatusCodes.Status422UnprocessableEntity, new JsonArray(problems));
        }

        var upsert = IsTrue(context.Request, "upsert");
        var writer = new Writer(context, state, clock, upsert, upsertOnUid: !upsert && IsTrue(context.Request, "upsertOnUid"));
        return JsonNodeResult.Ok(new JsonArray(items.Cast<JsonObject>().Select(item => (JsonNode?)writer.Write(item)).ToArray()));
    }

    /// <summary>PUT /events/{eventId}: only the given fields change.</summary>
    private static async Task<IResult> UpdateEventAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock, int eventId)
    {
        if (Find(context, state, eventId) is null)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, CalendarEventWrites.NotFoundMessage);
        }

        if (await JsonRequestBody.TryReadObjectAsync(context.Request) is not { } body)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        if (CalendarEventWrites.FindProblem(body, creating: false) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        var athlete = context.GetTargetAthlete();
        var now = clock.GetUtcNow();
        state.Events.Update(Id(eventId), stored => CalendarEventWrites.Apply(stored, body, athlete, now));
        return JsonNodeResult.Ok(Find(context, state, eventId)!);
    }

    /// <summary>
    /// DELETE one event; <c>others=true</c> also deletes the events created in the same request, from
    /// <c>notBefore</c> on. Answers an empty map (inference: the spec only says "a map").
    /// </summary>
    private static IResult DeleteEvent(HttpContext context, [FromServices] EmulatorState state, int eventId)
    {
        if (Find(context, state, eventId) is null)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, CalendarEventWrites.NotFoundMessage);
        }

        var doomed = new List<int> { eventId };
        if (IsTrue(context.Request, "others") && state.Origins.Find(Kind, Id(eventId)) is { } origin)
        {
            var notBefore = DateTime.MinValue;
            if (QueryParameters.Text(context.Request, "notBefore") is { } notBeforeText
                && !DateWindowQuery.TryParseBound(notBeforeText, isUpperBound: false, out notBefore, out var error))
            {
                return error;
            }

            doomed.AddRange(state.Events.List(context.GetTargetAthlete().Id, notBefore, DateTime.MaxValue)
                .Select(EventId)
                .Where(id => id != eventId && state.Origins.Find(Kind, Id(id))?.Batch == origin.Batch));
        }

        doomed.ForEach(id => Remove(state, id));
        return JsonNodeResult.Ok(new JsonObject());
    }

    /// <summary>DELETE /events: <c>oldest</c> and <c>category</c> required, <c>newest</c> defaults to all future, <c>createdById</c> narrows; 200 without a body (spec).</summary>
    private static IResult DeleteRange(HttpContext context, [FromServices] EmulatorState state)
    {
        var request = context.Request;
        if (QueryParameters.Text(request, "oldest") is not { } oldestText)
        {
            return DateWindowQuery.MissingParameter("oldest");
        }

        var categories = QueryParameters.List(request, "category");
        if (categories.Length == 0)
        {
            return DateWindowQuery.MissingParameter("category", "List");
        }

        if (!DateWindowQuery.TryParseBound(oldestText, isUpperBound: false, out var oldest, out var error))
        {
            return error;
        }

        var newest = DateTime.MaxValue;
        if (QueryParameters.Text(request, "newest") is { } newestText
            && !DateWindowQuery.TryParseBound(newestText, isUpperBound: true, out newest, out error))
        {
            return error;
        }

        var createdBy = QueryParameters.Text(request, "createdById");
        foreach (var calendarEvent in state.Events.List(context.GetTargetAthlete().Id, oldest, newest))
        {
            if (categories.Contains(CalendarEventWrites.Text(calendarEvent, "category") ?? string.Empty, StringComparer.Ordinal)
                && (createdBy is null || CalendarEventWrites.Text(calendarEvent, "created_by_id") == createdBy))
            {
                Remove(state, EventId(calendarEvent));
            }
        }

        return Results.Ok();
    }

    /// <summary>
    /// PUT /events/bulk-delete: each item by <c>external_id</c> (which wins when both are given, and only
    /// matches this credential scope's events) or by <c>id</c>; unknown ones are ignored (spec).
    /// </summary>
    private static async Task<IResult> DeleteBulkAsync(HttpContext context, [FromServices] EmulatorState state)
    {
        if (await JsonRequestBody.TryReadArrayAsync(context.Request) is not { } items || items.Any(item => item is not JsonObject))
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        var scope = RecordOrigins.ScopeOf(context.GetCaller());
        var deleted = 0;
        foreach (var item in items.Cast<JsonObject>())
        {
            IEnumerable<int> doomed = CalendarEventWrites.Text(item, "external_id") is { } externalId
                ? FindByExternalId(state, athlete.Id, scope, externalId).Select(EventId)
                : item["id"] is JsonValue id && id.TryGetValue<int>(out var number) && Find(context, state, number) is not null ? [number] : [];
            foreach (var eventId in doomed.ToList())
            {
                deleted += Remove(state, eventId) ? 1 : 0;
            }
        }

        return JsonNodeResult.Ok(new JsonObject { ["eventsDeleted"] = deleted });
    }

    /// <summary>
    /// Mark done: a manual activity for the planned workout, paired with it, on the event's date (spec:
    /// returns the Activity). Its time and load are the plan's (inference).
    /// </summary>
    private static IResult MarkDone(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock, int eventId)
    {
        if (Find(context, state, eventId) is not { } found)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, CalendarEventWrites.NotFoundMessage);
        }

        var athlete = context.GetTargetAthlete();
        var body = new JsonObject
        {
            ["start_date_local"] = found["start_date_local"]?.DeepClone(),
            ["type"] = found["type"]?.DeepClone() ?? "Ride",
            ["name"] = found["name"]?.DeepClone(),
            ["description"] = found["description"]?.DeepClone(),
            ["moving_time"] = found["moving_time"]?.DeepClone(),
            ["icu_training_load"] = found["icu_training_load"]?.DeepClone(),
            ["distance"] = found["distance"]?.DeepClone(),
            ["paired_event_id"] = eventId,
        };
        var activity = ManualActivityWrites.Create(state.ActivityFiles.NewActivityId(), body, athlete, clock.GetUtcNow());
        state.Activities.Add(athlete.Id, activity);
        return JsonNodeResult.Ok(activity);
    }

    /// <summary>Creates or upserts events for one request of one credential.</summary>
    private sealed class Writer(HttpContext context, EmulatorState state, TimeProvider clock, bool upsert, bool upsertOnUid)
    {
        private readonly EmulatedAthlete athlete = context.GetTargetAthlete();
        private readonly ApiCaller caller = context.GetCaller();
        private readonly string scope = RecordOrigins.ScopeOf(context.GetCaller());
        private readonly int batch = state.NextWriteBatch();

        /// <summary>This scope's events by external_id, read once per request (a bulk of 1,000 must not scan the calendar 1,000 times).</summary>
        private Dictionary<string, int>? byExternalId;

        public JsonObject Write(JsonObject body)
        {
            var now = clock.GetUtcNow();
            if (Match(body) is { } id)
            {
                state.Events.Update(Id(id), stored => CalendarEventWrites.Apply(stored, body, athlete, now));
                return state.Events.FindById(Id(id))!.Value.Record;
            }

            var created = CalendarEventWrites.Create(state.NextEventId(), body, athlete, caller.AthleteId, caller.AccessToken?.ClientId, now);
            state.Events.Add(athlete.Id, created);
            state.Origins.Set(Kind, Id(EventId(created)), new RecordOrigin(scope, batch));
            if (byExternalId is not null && CalendarEventWrites.Text(created, "external_id") is { } externalId)
            {
                byExternalId.TryAdd(externalId, EventId(created));
            }

            return created;
        }

        /// <summary>The stored event this body updates: by external_id within the scope, by uid, or a TARGET by date and type (spec).</summary>
        private int? Match(JsonObject body)
        {
            if (upsert && CalendarEventWrites.Text(body, "external_id") is { } externalId)
            {
                byExternalId ??= FindByExternalId(state, athlete.Id, scope, externalId: null)
                    .GroupBy(stored => CalendarEventWrites.Text(stored, "external_id")!, StringComparer.Ordinal)
                    .ToDictionary(group => group.Key, group => EventId(group.First()), StringComparer.Ordinal);
                return byExternalId.TryGetValue(externalId, out var id) ? id : null;
            }

            if (!upsertOnUid)
            {
                return null;
            }

            var all = state.Events.List(athlete.Id, DateTime.MinValue, DateTime.MaxValue);
            if (CalendarEventWrites.Text(body, "category") == "TARGET")
            {
                var day = CalendarEventWrites.Text(body, "start_date_local")?[..10];
                return all.Where(stored => CalendarEventWrites.Text(stored, "category") == "TARGET"
                    && CalendarEventWrites.Text(stored, "start_date_local")?[..10] == day
                    && CalendarEventWrites.Text(stored, "type") == CalendarEventWrites.Text(body, "type")).Select(EventId).Cast<int?>().FirstOrDefault();
            }

            return CalendarEventWrites.Text(body, "uid") is { } uid ? all.Where(stored => CalendarEventWrites.Text(stored, "uid") == uid).Select(EventId).Cast<int?>().FirstOrDefault() : null;
        }
    }

    /// <summary>This scope's events with that external_id, or with any when <paramref name="externalId"/> is null.</summary>
    private static IEnumerable<JsonObject> FindByExternalId(EmulatorState state, string athleteId, string scope, string? externalId) =>
        state.Events.List(athleteId, DateTime.MinValue, DateTime.MaxValue)
            .Where(stored => CalendarEventWrites.Text(stored, "external_id") is { } id && (externalId is null || id == externalId)
                && state.Origins.Find(Kind, Id(EventId(stored)))?.Scope == scope);

    /// <summary>The event when it is on the route athlete's calendar; null (404) otherwise.</summary>
    private static JsonObject? Find(HttpContext context, EmulatorState state, int eventId) =>
        state.Events.FindById(Id(eventId)) is { } found && found.AthleteId == context.GetTargetAthlete().Id ? found.Record : null;

    private static bool Remove(EmulatorState state, int eventId)
    {
        state.Origins.Remove(Kind, Id(eventId));
        return state.Events.Remove(Id(eventId));
    }

    private static int EventId(JsonObject stored) => stored["id"]!.GetValue<int>();

    private static string Id(int eventId) => eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A workout file format without the dot; anything else is 422 (inference).</summary>
    private static bool TryReadFileFormat(string? text, out string? format, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out JsonNodeResult? error)
    {
        format = text?.TrimStart('.').ToLowerInvariant();
        error = null;
        if (format is null || WorkoutFiles.Formats.Contains(format, StringComparer.Ordinal))
        {
            return true;
        }

        error = JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, $"Unsupported workout format [{text}]");
        return false;
    }

    private static bool IsTrue(HttpRequest request, string name) =>
        string.Equals(QueryParameters.Text(request, name), "true", StringComparison.OrdinalIgnoreCase);
}
