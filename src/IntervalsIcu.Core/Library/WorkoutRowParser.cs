using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// Turns a <see cref="WorkoutRow"/> into the <c>WorkoutEx</c> body to send: the folder (required: a library
/// workout lives in a folder or plan), the name, the workout as text or as a file (read as the calendar reads
/// them, <see cref="WorkoutContent"/>), and the optional fields. Every problem of the row is reported at once.
/// </summary>
internal static class WorkoutRowParser
{
    public static (WorkoutDraft? Draft, IcuLibraryException? Error) Parse(WorkoutRow row, int order, string defaultAthleteId)
    {
        var problems = new List<string>();
        var body = new JsonObject();

        var folderId = 0;
        if (ValueReader.IsBlank(row.FolderId))
        {
            problems.Add(LibraryMessages.MissingFolderId);
        }
        else if (ValueReader.TryInt(row.FolderId, out folderId) && folderId > 0)
        {
            body["folder_id"] = folderId;
        }
        else
        {
            problems.Add(RowFields.Format(LibraryMessages.InvalidFolderId, row.FolderId));
        }

        var file = string.IsNullOrWhiteSpace(row.File) ? null : row.File.Trim();
        WorkoutContent.AddName(body, problems, NameOf(row.Name, file));
        if (body["name"] is null)
        {
            problems.Add(LibraryMessages.MissingName);
        }

        RowFields.AddText(body, "type", row.Type);
        WorkoutContent.AddDescription(body, row.Description);
        if (file is not null)
        {
            WorkoutContent.AddFile(body, problems, file);
        }

        RowFields.ReadBool(body, problems, "indoor", "Indoor", row.Indoor);
        if (!ValueReader.IsBlank(row.Day))
        {
            if (ValueReader.TryInt(row.Day, out var day) && day >= 0)
            {
                body["day"] = day;
            }
            else
            {
                problems.Add(RowFields.Format(LibraryMessages.InvalidDay, row.Day));
            }
        }

        var tags = (row.Tags ?? []).Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => (JsonNode?)tag.Trim()).ToArray();
        if (tags.Length > 0)
        {
            body["tags"] = new JsonArray(tags);
        }

        var athleteId = RowFields.ReadAthleteId(problems, row.AthleteId, defaultAthleteId);
        if (problems.Count > 0)
        {
            var label = LabelOf(body["name"]?.GetValue<string>(), file, order);
            return (null, new IcuLibraryException(
                LibraryErrorIds.InvalidWorkoutRow, IcuErrorCategory.InvalidData, RowFields.Format(EventMessages.RowFailed, label, string.Join(" ", problems)), LibraryMessages.FixInvalidWorkoutRow));
        }

        return (new WorkoutDraft(order, athleteId, folderId, body, row.Source), null);
    }

    /// <summary>How a row is named in messages: its name, else its file, else its place in the input.</summary>
    public static string LabelOf(string? name, string? file, int order) =>
        !string.IsNullOrWhiteSpace(name) ? name : file ?? "#" + (order + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The name given, else the file's name without its extension. Get-ChildItem's files bind their Name
    /// (with the extension) by property name, so a name that is exactly the file's name loses the extension too.
    /// </summary>
    private static string? NameOf(string? name, string? file)
    {
        if (file is null)
        {
            return name;
        }

        var fileName = Path.GetFileName(file);
        return string.IsNullOrWhiteSpace(name) || string.Equals(name.Trim(), fileName, StringComparison.OrdinalIgnoreCase)
            ? Path.GetFileNameWithoutExtension(fileName)
            : name;
    }
}
