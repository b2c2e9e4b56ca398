using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using IntervalsIcu.Emulator.Workouts;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// The workout library (api-facts §5.5): list and create folders and plans, list the workouts, read one,
/// create one or many (workout text or file fields), and import a workout file into a folder. Changing
/// and deleting folders and workouts is left to the spec fallback.
/// </summary>
internal static class LibraryEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // LIBRARY:READ / LIBRARY:WRITE (api-facts §2.4, inference from the scope names).
        api.MapGet("/athlete/{id}/folders", ListFolders).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryRead);
        api.MapPost("/athlete/{id}/folders", CreateFolderAsync).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryWrite);
        api.MapGet("/athlete/{id}/workouts", ListWorkouts).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryRead);
        api.MapGet("/athlete/{id}/workouts/{workoutId:int}", GetWorkout).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryRead);
        api.MapPost("/athlete/{id}/workouts", CreateWorkoutAsync).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryWrite);
        api.MapPost("/athlete/{id}/workouts/bulk", CreateWorkoutsAsync).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryWrite);
        api.MapPost("/athlete/{id}/folders/{folderId:int}/import-workout", ImportWorkoutFileAsync).ForAthleteInRoute().RequireScope(OAuthScopes.LibraryWrite);
    }

    /// <summary>Folders and plans, each with its workouts as <c>children</c> (spec: "folders, plans and workouts").</summary>
    private static JsonNodeResult ListFolders(HttpContext context, [FromServices] EmulatorState state) =>
        JsonNodeResult.Ok(new JsonArray(state.Library.Folders(context.GetTargetAthlete().Id).Select(folder => (JsonNode?)folder).ToArray()));

    private static JsonNodeResult ListWorkouts(HttpContext context, [FromServices] EmulatorState state) =>
        JsonNodeResult.Ok(new JsonArray(state.Library.Workouts(context.GetTargetAthlete().Id).Select(workout => (JsonNode?)workout).ToArray()));

    private static JsonNodeResult GetWorkout(HttpContext context, [FromServices] EmulatorState state, int workoutId) =>
        state.Library.FindWorkout(context.GetTargetAthlete().Id, workoutId) is { } workout
            ? JsonNodeResult.Ok(workout)
            : JsonNodeResult.ApiError(StatusCodes.Status404NotFound, LibraryWrites.WorkoutNotFoundMessage);

    private static async Task<IResult> CreateFolderAsync(HttpContext context, [FromServices] EmulatorState state)
    {
        if (await JsonRequestBody.TryReadObjectAsync(context.Request) is not { } body)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        if (LibraryWrites.FindFolderProblem(body) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        var athleteId = context.GetTargetAthlete().Id;
        var created = state.Library.AddFolder(athleteId, LibraryWrites.Folder(body));
        return JsonNodeResult.Ok(state.Library.Folders(athleteId).Single(folder => folder["id"]!.GetValue<int>() == created["id"]!.GetValue<int>()));
    }

    private static async Task<IResult> CreateWorkoutAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadObjectAsync(context.Request) is not { } body)
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        if (LibraryWrites.FindWorkoutProblem(body, state.Library, athlete.Id) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        return JsonNodeResult.Ok(state.Library.AddWorkout(athlete.Id, LibraryWrites.Workout(body, athlete, clock.GetUtcNow())));
    }

    /// <summary>
    /// The whole array is checked first and a bad item refuses the request with an array of errors, so
    /// nothing of it is written (as the calendar's bulk route; inference, api-facts §3). The created
    /// workouts come back in the order sent.
    /// </summary>
    private static async Task<IResult> CreateWorkoutsAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock)
    {
        if (await JsonRequestBody.TryReadArrayAsync(context.Request) is not { } items || items.Any(item => item is not JsonObject))
        {
            return new SpringErrorResult(StatusCodes.Status400BadRequest);
        }

        var athlete = context.GetTargetAthlete();
        var problems = items.Cast<JsonObject>()
            .Select(item => LibraryWrites.FindWorkoutProblem(item, state.Library, athlete.Id))
            .Where(problem => problem is not null)
            .Select(problem => (JsonNode?)ApiErrorBody.Create(StatusCodes.Status422UnprocessableEntity, problem!))
            .ToArray();
        if (problems.Length > 0)
        {
            return new JsonNodeResult(StatusCodes.Status422UnprocessableEntity, new JsonArray(problems));
        }

        var now = clock.GetUtcNow();
        var created = items.Cast<JsonObject>().Select(item => (JsonNode?)state.Library.AddWorkout(athlete.Id, LibraryWrites.Workout(item, athlete, now))).ToArray();
        return JsonNodeResult.Ok(new JsonArray(created));
    }

    /// <summary>
    /// Multipart with a part named <c>file</c> and the required <c>type</c>: the workout is read from the
    /// file, named after it without the extension (inference), in the folder of the path.
    /// </summary>
    private static async Task<IResult> ImportWorkoutFileAsync(HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock, int folderId)
    {
        var request = context.Request;
        var athlete = context.GetTargetAthlete();
        if (!state.Library.HasFolder(athlete.Id, folderId))
        {
            // The folder is in the path, so an unknown one is a missing resource (inference).
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, LibraryWrites.FolderNotFoundMessage);
        }

        if (QueryParameters.Text(request, "type") is not { } type)
        {
            return DateWindowQuery.MissingParameter("type");
        }

        var upload = await MultipartFile.ReadAsync(context);
        if (upload.Refused is { } refused)
        {
            return refused;
        }

        var fileName = upload.FileName;
        var body = new JsonObject
        {
            ["folder_id"] = folderId,
            ["type"] = type,
            ["name"] = Path.GetFileNameWithoutExtension(fileName),
            ["filename"] = fileName,
            ["file_contents_base64"] = Convert.ToBase64String(upload.Content),
        };
        if (!WorkoutFiles.Formats.Contains(Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(), StringComparer.Ordinal))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, CalendarEventWrites.UnreadableFile(fileName));
        }

        if (LibraryWrites.FindWorkoutProblem(body, state.Library, athlete.Id) is { } problem)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, problem);
        }

        return JsonNodeResult.Ok(state.Library.AddWorkout(athlete.Id, LibraryWrites.Workout(body, athlete, clock.GetUtcNow())));
    }
}
