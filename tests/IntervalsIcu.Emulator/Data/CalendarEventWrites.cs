using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Workouts;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// How the server turns an <c>EventEx</c> body into a stored <c>Event</c> (api-facts §5.4, §6.3): the
/// given fields replace the stored ones, the workout text in <c>description</c> or a file
/// (<c>filename</c> + <c>file_contents_base64</c> or <c>file_contents</c>) becomes <c>workout_doc</c>,
/// and <c>moving_time</c> and <c>icu_training_load</c> are filled from it unless given.
/// </summary>
internal static class CalendarEventWrites
{
    public const string NotFoundMessage = "Event not found";

    /// <summary>Workout names are capped at 80 characters (developer, forum t/609 page 21).</summary>
    public const int MaxNameLength = 80;

    public static readonly string[] Categories =
        ["WORKOUT", "RACE_A", "RACE_B", "RACE_C", "NOTE", "PLAN", "HOLIDAY", "SICK", "INJURED", "SET_EFTP", "FITNESS_DAYS", "SEASON_START", "TARGET", "SET_FITNESS"];

    /// <summary>The inputs <c>EventEx</c> adds to <c>Event</c>; consumed, never stored or returned.</summary>
    private static readonly string[] WriteOnlyInputs = ["workout", "file_contents", "file_contents_base64", "filename"];

    /// <summary>Identity and server bookkeeping, and <c>workout_doc</c>, which "cannot be sent" (developer, t/609 post 437).</summary>
    private static readonly HashSet<string> ServerFields = new(StringComparer.Ordinal)
    {
        "id", "athlete_id", "created_by_id", "updated", "oauth_client_id", "workout_doc", "icu_atl", "icu_ctl", "calendar_id",
    };

    /// <summary>
    /// What is wrong with a body, as the server's 422 message, or null. A new event needs a local
    /// <c>start_date_local</c> and a known <c>category</c> (inference: the messages are not documented).
    /// </summary>
    public static string? FindProblem(JsonObject body, bool creating)
    {
        var start = Text(body, "start_date_local");
        if ((creating || body.ContainsKey("start_date_local")) && !LocalDateTimeText.TryParse(start, out _, out _))
        {
            return start is null ? "start_date_local is required" : $"Text '{start}' could not be parsed at index 0";
        }

        var category = Text(body, "category");
        if ((creating || body.ContainsKey("category")) && (category is null || !Categories.Contains(category, StringComparer.Ordinal)))
        {
            return category is null ? "category is required" : $"Unknown category [{category}]";
        }

        return FindWorkoutProblem(body);
    }

    /// <summary>
    /// What is wrong with the workout fields an event and a library workout share (<c>EventEx</c>,
    /// <c>WorkoutEx</c>): a name over 80 characters, a file the server cannot read. Null when none.
    /// </summary>
    public static string? FindWorkoutProblem(JsonObject body)
    {
        if (Text(body, "name") is { Length: > MaxNameLength })
        {
            return "Name is too long";
        }

        if (Text(body, "filename") is { } fileName && ReadFile(body) is { } file && WorkoutFiles.Decode(fileName, file, 250) is null)
        {
            return UnreadableFile(fileName);
        }

        return null;
    }

    /// <summary>The 422 message for a workout file that does not parse (inference: the server's wording is not documented).</summary>
    public static string UnreadableFile(string fileName) => $"Unable to read workout file [{fileName}]";

    /// <summary>A new stored event from a checked body.</summary>
    public static JsonObject Create(int id, JsonObject body, EmulatedAthlete athlete, string createdById, int? oauthClientId, DateTimeOffset now)
    {
        var created = new JsonObject { ["id"] = id };
        Apply(created, body, athlete, now);
        created["athlete_id"] = athlete.Id;
        created["created_by_id"] = createdById;
        created["oauth_client_id"] = oauthClientId;
        return created;
    }

    /// <summary>Applies a checked body to a stored event in place (a partial update).</summary>
    public static void Apply(JsonObject stored, JsonObject body, EmulatedAthlete athlete, DateTimeOffset now)
    {
        foreach (var (name, value) in body.Where(field => !ServerFields.Contains(field.Key) && !WriteOnlyInputs.Contains(field.Key)))
        {
            stored[name] = value?.DeepClone();
        }

        if (body.ContainsKey("start_date_local") && LocalDateTimeText.TryParse(Text(body, "start_date_local"), out var start, out _))
        {
            // Whole-day items are stored at midnight; a one-day event ends at the next midnight (api-facts §4, §6.3).
            stored["start_date_local"] = LocalText(start);
            if (!body.ContainsKey("end_date_local"))
            {
                stored["end_date_local"] = LocalText(start.Date.AddDays(1));
            }
        }

        if (body.ContainsKey("end_date_local") && LocalDateTimeText.TryParse(Text(body, "end_date_local"), out var end, out _))
        {
            stored["end_date_local"] = LocalText(end);
        }

        var workout = WorkoutOf(body, athlete, Text(stored, "type"));
        if (workout is not null)
        {
            stored["workout_doc"] = workout.IsEmpty ? null : WorkoutDocument.Create(workout);
            if (!workout.IsEmpty && !body.ContainsKey("moving_time"))
            {
                stored["moving_time"] = workout.MovingTime;
            }

            if (!workout.IsEmpty && !body.ContainsKey("icu_training_load"))
            {
                stored["icu_training_load"] = workout.Load;
            }
        }

        stored["updated"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The event as a list or GET shows it: <c>resolve</c> adds watts, <c>ext</c> adds the workout as a file.</summary>
    public static JsonObject View(JsonObject stored, EmulatedAthlete athlete, bool resolve, string? fileFormat)
    {
        var ftp = AthleteFtp(athlete, Text(stored, "type"));
        if (resolve && stored["workout_doc"] is JsonObject document)
        {
            stored["workout_doc"] = WorkoutDocument.Resolve(document, ftp);
        }

        if (fileFormat is not null && stored["workout_doc"] is JsonObject withSteps)
        {
            var workout = WorkoutDocument.Read(withSteps);
            var id = stored["id"]?.GetValue<int>() ?? 0;
            stored["workout_filename"] = WorkoutFiles.FileName(Text(stored, "name"), id, fileFormat);
            stored["workout_file_base64"] = Convert.ToBase64String(WorkoutFiles.Encode(fileFormat, workout, Text(stored, "name") ?? "Workout", Text(stored, "type") ?? "Ride", ftp));
        }

        return stored;
    }

    /// <summary>The FTP the athlete's sport settings give the event's type (the first with an FTP otherwise; 250 W when none has one).</summary>
    public static int AthleteFtp(EmulatedAthlete athlete, string? type)
    {
        var settings = (athlete.CloneDocument()["sportSettings"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var matching = settings.FirstOrDefault(sport => type is not null && sport["types"] is JsonArray types && types.Any(t => t?.GetValue<string>() == type));
        var withFtp = (matching?["ftp"] is JsonValue ? matching : null) ?? settings.FirstOrDefault(sport => sport["ftp"] is JsonValue);
        return withFtp?["ftp"]?.GetValue<int>() ?? 250;
    }

    public static string? Text(JsonObject record, string property) =>
        record[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static string LocalText(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The workout the body describes: from a file when one is given, else from the description; null when neither is given.</summary>
    private static Workout? WorkoutOf(JsonObject body, EmulatedAthlete athlete, string? type)
    {
        if (Text(body, "filename") is { } fileName && ReadFile(body) is { } file)
        {
            return WorkoutFiles.Decode(fileName, file, AthleteFtp(athlete, type));
        }

        return body.ContainsKey("description") ? WorkoutTextParser.Parse(Text(body, "description")) : null;
    }

    private static byte[]? ReadFile(JsonObject body)
    {
        if (Text(body, "file_contents_base64") is { } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                return [];
            }
        }

        return Text(body, "file_contents") is { } contents ? Encoding.UTF8.GetBytes(contents) : null;
    }
}
