using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// The workout fields a calendar event (<c>EventEx</c>) and a library workout (<c>WorkoutEx</c>) share, read
/// into a request body the same way for both: the name (at most 80 characters, or the server answers 422),
/// the workout text in <c>description</c>, and a .zwo/.mrc/.erg/.fit file as <c>filename</c> +
/// <c>file_contents_base64</c>, which the server parses into the workout (api-facts §5.4, §5.5).
/// </summary>
internal static class WorkoutContent
{
    /// <summary>Workout names are capped at 80 characters (developer, forum t/609 page 21).</summary>
    public const int MaxNameLength = 80;

    public static readonly IReadOnlyList<string> FileExtensions = [".zwo", ".mrc", ".erg", ".fit"];

    /// <summary>Adds the trimmed name; a name over <see cref="MaxNameLength"/> is a problem of the row, found before sending.</summary>
    public static void AddName(JsonObject body, List<string> problems, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var trimmed = name.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, EventMessages.NameTooLong, trimmed.Length));
        }

        body["name"] = trimmed;
    }

    /// <summary>Workout text is multi-line and its spacing matters; only CSV's CR LF is normalised.</summary>
    public static void AddDescription(JsonObject body, string? description)
    {
        if (description is not null && description.Length > 0)
        {
            body["description"] = description.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }

    /// <summary>Whether the path names a workout file the server converts, by its extension.</summary>
    public static bool IsWorkoutFile(string path) =>
        FileExtensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Adds the file as <c>filename</c> + <c>file_contents_base64</c>; a wrong extension or an unreadable file is a problem naming the file.</summary>
    public static void AddFile(JsonObject body, List<string> problems, string path)
    {
        if (!IsWorkoutFile(path))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, EventMessages.FileFormat, path));
            return;
        }

        try
        {
            body["file_contents_base64"] = Convert.ToBase64String(File.ReadAllBytes(path));
            body["filename"] = Path.GetFileName(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, EventMessages.FileUnreadable, path, exception.Message));
        }
    }
}
