using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Activities (api-facts §5.2): the date-window list, by ids, search, one activity (with intervals),
/// partial update, delete with tombstone, streams, original/FIT/GPX files, and the multipart upload
/// deduplicated by file hash. Strava activities are stubs everywhere and refuse streams, files and updates.
/// </summary>
internal static class ActivityEndpoints
{
    /// <summary>The server's answer when a Strava-sourced activity's data is asked for (api-facts §3).</summary>
    public const string StravaRefusal = "Cannot read Strava activities via the API";

    /// <summary>Inference: the wording for a refused update is not documented, only that it is refused.</summary>
    public const string StravaUpdateRefusal = "Cannot update Strava activities via the API";

    public const string NotFoundMessage = "Activity not found";

    /// <summary>Fields a PUT cannot change: identity and server bookkeeping.</summary>
    private static readonly HashSet<string> ProtectedFields = new(StringComparer.Ordinal)
    {
        "id", "icu_athlete_id", "source", "created", "analyzed", "icu_sync_date", "strava_id", "file_type", "start_date",
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/athlete/{id}/activities", ListActivities).ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapPost("/athlete/{id}/activities", UploadAsync).ForAthleteInRoute().RequireScope(OAuthScopes.ActivityWrite);
        api.MapGet("/athlete/{id}/activities/search", (HttpContext context, [FromServices] EmulatorState state) => Search(context, state, full: false))
            .ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/athlete/{id}/activities/search-full", (HttpContext context, [FromServices] EmulatorState state) => Search(context, state, full: true))
            .ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/athlete/{athleteId}/activities/{ids}", GetByIds).ForAthleteInRoute("athleteId").RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}", GetActivity).RequireScope(OAuthScopes.ActivityRead);
        api.MapPut("/activity/{id}", UpdateActivityAsync).RequireScope(OAuthScopes.ActivityWrite);
        api.MapDelete("/activity/{id}", DeleteActivity).RequireScope(OAuthScopes.ActivityWrite);
        api.MapDelete("/activity/{id}/tombstone", DeleteTombstone).RequireScope(OAuthScopes.ActivityWrite);
        api.MapGet("/activity/{id}/streams", GetStreams).RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/file", GetOriginalFile).RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/fit-file", (HttpContext context, [FromServices] EmulatorState state, string id) => GetGeneratedFile(context, state, id, "fit"))
            .RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/gpx-file", (HttpContext context, [FromServices] EmulatorState state, string id) => GetGeneratedFile(context, state, id, "gpx"))
            .RequireScope(OAuthScopes.ActivityRead);
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

    /// <summary>Comma-joined ids in the path; missing ones are skipped (spec); <c>intervals=true</c> adds intervals.</summary>
    private static JsonNodeResult GetByIds(HttpContext context, [FromServices] EmulatorState state, string ids)
    {
        var athlete = context.GetTargetAthlete();
        var withIntervals = IsTrue(context.Request, "intervals");
        var found = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => state.Activities.FindById(id))
            .Where(match => match is { } hit && hit.AthleteId == athlete.Id)
            .Select(match => (JsonNode?)(withIntervals && !DemoActivities.IsStravaStub(match!.Value.Record) ? WithIntervals(match!.Value.Record) : match!.Value.Record))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(found));
    }

    /// <summary><c>q</c> is a case-insensitive name search, or an exact tag when it starts with '#'.</summary>
    private static JsonNodeResult Search(HttpContext context, EmulatorState state, bool full)
    {
        var athlete = context.GetTargetAthlete();
        if (QueryParameters.Text(context.Request, "q") is not { } query)
        {
            return DateWindowQuery.MissingParameter("q");
        }

        if (!QueryParameters.TryReadInt32(context.Request, "limit", out var limit, out var error))
        {
            return error;
        }

        var matches = state.Activities.List(athlete.Id, DateTime.MinValue, DateTime.MaxValue)
            .Reverse()
            .Where(activity => Matches(activity, query))
            .Take(limit ?? int.MaxValue)
            .Select(activity => (JsonNode?)(full ? activity : SearchResult(activity)))
            .ToArray();
        return JsonNodeResult.Ok(new JsonArray(matches));
    }

    private static IResult GetActivity(HttpContext context, [FromServices] EmulatorState state, string id)
    {
        if (FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        return JsonNodeResult.Ok(IsTrue(context.Request, "intervals") && !DemoActivities.IsStravaStub(activity) ? WithIntervals(activity) : activity);
    }

    /// <summary>Partial update: every given field replaces the stored one; answers the whole activity.</summary>
    private static async Task<IResult> UpdateActivityAsync(HttpContext context, [FromServices] EmulatorState state, string id)
    {
        if (FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        if (DemoActivities.IsStravaStub(activity))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, StravaUpdateRefusal);
        }

        var changes = await JsonRequestBody.TryReadObjectAsync(context.Request);
        if (changes is null)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        state.Activities.Update(id, stored =>
        {
            foreach (var (name, value) in changes.Where(change => !ProtectedFields.Contains(change.Key)))
            {
                // -1 clears a number (api-facts §1; developer, forum t/80090 post 17).
                stored[name] = value is JsonValue number && number.TryGetValue<double>(out var amount) && amount == -1 ? null : value?.DeepClone();
            }
        });
        return JsonNodeResult.Ok(state.Activities.FindById(id)!.Value.Record);
    }

    /// <summary>Answers <c>ActivityId</c> and leaves a tombstone that blocks uploading the same file again.</summary>
    private static IResult DeleteActivity(HttpContext context, [FromServices] EmulatorState state, string id)
    {
        if (FindReadable(context, state, id) is null || state.Activities.FindById(id) is not { } found)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        state.Activities.Remove(id);
        state.ActivityFiles.AddTombstone(id);
        return JsonNodeResult.Ok(new JsonObject { ["icu_athlete_id"] = found.AthleteId, ["id"] = id });
    }

    private static IResult DeleteTombstone([FromServices] EmulatorState state, string id) =>
        state.ActivityFiles.RemoveTombstone(id)
            ? JsonNodeResult.Ok(new JsonObject { ["id"] = id })
            : JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);

    /// <summary><c>types</c> comma-joined or repeated; Strava stubs answer 422 (api-facts §3).</summary>
    private static IResult GetStreams(HttpContext context, [FromServices] EmulatorState state, string id)
    {
        if (FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        if (DemoActivities.IsStravaStub(activity))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, StravaRefusal);
        }

        return JsonNodeResult.Ok(DemoActivityStreams.Create(activity, QueryParameters.List(context.Request, "types")));
    }

    /// <summary>The original file, gzip-compressed as the server stores it, named after the uploaded file.</summary>
    private static IResult GetOriginalFile(HttpContext context, [FromServices] EmulatorState state, string id)
    {
        if (FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        if (DemoActivities.IsStravaStub(activity))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, StravaRefusal);
        }

        if (state.ActivityFiles.FindOriginal(activity) is not { } original)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, "Activity has no file");
        }

        var bytes = IsGzip(original.Bytes) ? original.Bytes : DemoActivityFiles.Gzip(original.Bytes);
        var name = original.FileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? original.FileName : original.FileName + ".gz";
        return Results.File(bytes, "application/octet-stream", name);
    }

    /// <summary>A FIT or GPX file generated from the activity; GPX needs GPS data (inference: 422 without).</summary>
    private static IResult GetGeneratedFile(HttpContext context, EmulatorState state, string id, string format)
    {
        if (FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, NotFoundMessage);
        }

        if (DemoActivities.IsStravaStub(activity))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, StravaRefusal);
        }

        var hasGps = (activity["stream_types"] as JsonArray)?.Any(node => node?.GetValue<string>() == "latlng") ?? false;
        if (format == "gpx" && !hasGps)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, "Activity has no GPS data");
        }

        var bytes = DemoActivityFiles.Generate(format, activity);
        return Results.File(bytes, format == "gpx" ? "application/gpx+xml" : "application/octet-stream", id + "." + format);
    }

    /// <summary>
    /// Multipart upload with a part named <c>file</c> (api-facts §5.2): 201 and a new activity, or 200
    /// when the same bytes were uploaded before, also when that activity was deleted (its tombstone).
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        var request = context.Request;
        var athlete = context.GetTargetAthlete();
        var upload = await MultipartFile.ReadAsync(context);
        if (upload.Refused is { } refused)
        {
            return refused;
        }

        var bytes = upload.Content;
        if (state.ActivityFiles.FindByContent(athlete.Id, bytes) is { } existing)
        {
            var live = state.ActivityFiles.IsTombstoned(existing) ? new JsonArray() : new JsonArray(ActivityId(athlete.Id, existing));
            return new JsonNodeResult(StatusCodes.Status200OK, new JsonObject { ["icu_athlete_id"] = athlete.Id, ["id"] = existing, ["activities"] = live });
        }

        var fileName = upload.FileName;
        var id = state.ActivityFiles.AddUpload(athlete.Id, fileName, bytes);
        var inner = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var extension = Path.GetExtension(inner).TrimStart('.').ToLowerInvariant();
        var now = athlete.LocalNow(clock);
        var activity = DemoActivities.CreateActivity(
            new Random(DemoActivityStreams.StableHash(id)), id, athlete.Id, TimeZoneInfo.Utc, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
            inner.Contains("run", StringComparison.OrdinalIgnoreCase) ? "Run" : "Ride",
            QueryParameters.Text(request, "name") ?? Path.GetFileNameWithoutExtension(inner));
        activity["source"] = "UPLOAD";
        activity["file_type"] = extension is "zip" ? "fit" : extension;
        activity["description"] = QueryParameters.Text(request, "description");
        activity["external_id"] = QueryParameters.Text(request, "external_id");
        activity["device_name"] = QueryParameters.Text(request, "device_name") ?? activity["device_name"]?.DeepClone();
        if (QueryParameters.TryReadInt32(request, "paired_event_id", out var pairedEventId, out _) && pairedEventId is { } paired)
        {
            activity["paired_event_id"] = paired;
        }

        state.Activities.Add(athlete.Id, activity);
        return new JsonNodeResult(
            StatusCodes.Status201Created,
            new JsonObject { ["icu_athlete_id"] = athlete.Id, ["id"] = id, ["activities"] = new JsonArray(ActivityId(athlete.Id, id)) });
    }

    /// <summary>The activity when it exists and the caller may read its athlete's data; otherwise null (404).</summary>
    internal static JsonObject? FindReadable(HttpContext context, EmulatorState state, string id)
    {
        if (state.Activities.FindById(id) is not { } found)
        {
            return null;
        }

        var caller = context.GetCaller().AthleteId;
        return found.AthleteId == caller || state.Coaches(caller, found.AthleteId) ? found.Record : null;
    }

    private static JsonObject ActivityId(string athleteId, string id) => new() { ["icu_athlete_id"] = athleteId, ["id"] = id };

    private static JsonObject WithIntervals(JsonObject activity)
    {
        var movingTime = activity["moving_time"]?.GetValue<int>() ?? 0;
        var intervals = new JsonArray();
        var half = movingTime / 2;
        intervals.Add(new JsonObject { ["id"] = 1, ["type"] = "RECOVERY", ["start_index"] = 0, ["end_index"] = half, ["moving_time"] = half, ["elapsed_time"] = half, ["average_watts"] = 150 });
        intervals.Add(new JsonObject { ["id"] = 2, ["type"] = "WORK", ["start_index"] = half, ["end_index"] = movingTime, ["moving_time"] = movingTime - half, ["elapsed_time"] = movingTime - half, ["average_watts"] = 240 });
        activity["icu_intervals"] = intervals;
        activity["icu_groups"] = new JsonArray(new JsonObject { ["id"] = "g1", ["count"] = 1, ["moving_time"] = movingTime - half, ["average_watts"] = 240 });
        return activity;
    }

    private static bool Matches(JsonObject activity, string query)
    {
        if (query.StartsWith('#'))
        {
            return activity["tags"] is JsonArray tags && tags.Any(tag => string.Equals(tag?.GetValue<string>(), query[1..], StringComparison.Ordinal));
        }

        return activity["name"]?.GetValue<string>()?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false;
    }

    private static JsonObject SearchResult(JsonObject activity)
    {
        var result = new JsonObject();
        foreach (var field in new[] { "id", "name", "start_date_local", "type", "race", "distance", "moving_time", "tags", "description" })
        {
            result[field] = activity[field]?.DeepClone();
        }

        return result;
    }

    private static bool IsTrue(HttpRequest request, string name) =>
        string.Equals(QueryParameters.Text(request, name), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsGzip(byte[] bytes) => bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}
