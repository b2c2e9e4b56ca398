using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// How the server turns a <c>CreateFolderDTO</c> into a stored folder and a <c>WorkoutEx</c> into a stored
/// workout (api-facts §5.5). A workout is read as a calendar workout is (<see cref="CalendarEventWrites.Apply"/>):
/// the workout text in <c>description</c> or a file becomes <c>workout_doc</c>, with <c>moving_time</c> and
/// <c>icu_training_load</c> filled from it unless given; the file fields are consumed, never stored.
/// </summary>
internal static class LibraryWrites
{
    public const string WorkoutNotFoundMessage = "Workout not found";

    public const string FolderNotFoundMessage = "Folder not found";

    public static readonly string[] FolderTypes = ["FOLDER", "PLAN"];

    /// <summary>
    /// What is wrong with a new workout, as the server's 422 message, or null. It must name one of the
    /// athlete's folders or plans (inference: the spec says a workout is created "in a folder or plan", and
    /// the messages are not documented), and its name and file must pass the calendar's checks.
    /// </summary>
    public static string? FindWorkoutProblem(JsonObject body, WorkoutLibrary library, string athleteId)
    {
        if (body["folder_id"] is not JsonValue folderValue || !folderValue.TryGetValue<int>(out var folderId))
        {
            return "folder_id is required";
        }

        if (!library.HasFolder(athleteId, folderId))
        {
            return string.Format(CultureInfo.InvariantCulture, "Folder {0} not found", folderId);
        }

        return CalendarEventWrites.FindWorkoutProblem(body);
    }

    /// <summary>What is wrong with a new folder or plan, or null: a known <c>type</c> and a name (inference).</summary>
    public static string? FindFolderProblem(JsonObject body)
    {
        var type = CalendarEventWrites.Text(body, "type");
        if (type is null || !FolderTypes.Contains(type, StringComparer.Ordinal))
        {
            return type is null ? "type is required" : $"Unknown folder type [{type}]";
        }

        return string.IsNullOrWhiteSpace(CalendarEventWrites.Text(body, "name")) ? "name is required" : null;
    }

    /// <summary>A workout to store from a checked body; the library gives it its id.</summary>
    public static JsonObject Workout(JsonObject body, EmulatedAthlete athlete, DateTimeOffset now)
    {
        var workout = new JsonObject();
        CalendarEventWrites.Apply(workout, body, athlete, now);
        workout["hide_from_athlete"] ??= false;
        return workout;
    }

    /// <summary>A folder to store from a checked body: the fields given, a private folder by default (inference).</summary>
    public static JsonObject Folder(JsonObject body)
    {
        var folder = new JsonObject();
        foreach (var (name, value) in body.Where(field => field.Key is not ("id" or "athlete_id" or "children" or "num_workouts" or "copy_folder_id" or "owner")))
        {
            folder[name] = value?.DeepClone();
        }

        folder["visibility"] ??= "PRIVATE";
        folder["canEdit"] = true;
        folder["sharedWithCount"] = 0;
        return folder;
    }
}
