using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Turns an <see cref="EventRow"/> into the <c>EventEx</c> body to send: only the given fields, culture-
/// invariantly read; a workout file as <c>filename</c> + <c>file_contents_base64</c>. A new event gets
/// category WORKOUT unless told otherwise. Every problem of the row is reported at once.
/// </summary>
internal static class EventRowParser
{
    public static (EventDraft? Draft, IcuEventException? Error) Parse(EventRow row, int order, string defaultAthleteId)
    {
        var problems = new List<string>();
        var body = new JsonObject();

        int? id = null;
        if (!ValueReader.IsBlank(row.Id))
        {
            if (ValueReader.TryInt(row.Id, out var number) && number > 0)
            {
                id = number;
            }
            else
            {
                problems.Add(RowFields.Format(EventMessages.InvalidId, row.Id));
            }
        }

        var externalId = string.IsNullOrWhiteSpace(row.ExternalId) ? null : row.ExternalId.Trim();
        var start = default(DateTime);
        if (ValueReader.IsBlank(row.Date))
        {
            if (id is null)
            {
                problems.Add(EventMessages.MissingDate);
            }
        }
        else if (!LocalDateReader.TryReadDate(row.Date, out start))
        {
            problems.Add(RowFields.Format(EventMessages.InvalidDate, row.Date));
        }
        else
        {
            if (!ValueReader.IsBlank(row.Time))
            {
                if (LocalDateReader.TryReadTime(row.Time, out var time))
                {
                    start = start.Date + time;
                }
                else
                {
                    problems.Add(RowFields.Format(EventMessages.InvalidTime, row.Time));
                }
            }

            body["start_date_local"] = LocalDateReader.Format(start);
        }

        if (!string.IsNullOrWhiteSpace(row.Category))
        {
            if (EventCategories.Normalize(row.Category) is { } category)
            {
                body["category"] = category;
            }
            else
            {
                problems.Add(RowFields.Format(EventMessages.InvalidCategory, row.Category, string.Join(", ", EventCategories.All)));
            }
        }
        else if (id is null || externalId is not null)
        {
            body["category"] = EventCategories.Workout;
        }

        RowFields.AddText(body, "type", row.Type);
        WorkoutContent.AddName(body, problems, row.Name);
        WorkoutContent.AddDescription(body, row.Description);

        if (externalId is not null)
        {
            body["external_id"] = externalId;
        }

        if (!ValueReader.IsBlank(row.MovingTime))
        {
            if (ValueReader.TrySeconds(row.MovingTime, out var seconds))
            {
                body["moving_time"] = seconds;
            }
            else
            {
                problems.Add(RowFields.Format(EventMessages.InvalidDuration, row.MovingTime));
            }
        }

        RowFields.ReadInt(body, problems, "icu_training_load", "Load", row.Load);
        RowFields.ReadBool(body, problems, "indoor", "Indoor", row.Indoor);
        if (!ValueReader.IsBlank(row.Distance))
        {
            if (ValueReader.TryDouble(row.Distance, out var metres))
            {
                body["distance"] = metres;
            }
            else
            {
                problems.Add(RowFields.Format(EventMessages.InvalidDecimal, "Distance", row.Distance));
            }
        }

        RowFields.AddText(body, "color", row.Color);
        if (!string.IsNullOrWhiteSpace(row.File))
        {
            WorkoutContent.AddFile(body, problems, row.File.Trim());
        }

        var athleteId = RowFields.ReadAthleteId(problems, row.AthleteId, defaultAthleteId);
        if (problems.Count > 0)
        {
            var label = string.Join(' ', new[] { (row.Date as string) ?? (start == default ? null : LocalDateReader.FormatDate(start)), row.Name, externalId }.Where(part => !string.IsNullOrEmpty(part)));
            var error = new IcuEventException(
                EventErrorIds.InvalidRow, IcuErrorCategory.InvalidData, RowFields.Format(EventMessages.RowFailed, label.Length == 0 ? "#" + (order + 1) : label, string.Join(" ", problems)), EventMessages.FixInvalidRow);
            return (null, error);
        }

        return (new EventDraft(order, athleteId, id, externalId, start, body, row.Source), null);
    }
}
