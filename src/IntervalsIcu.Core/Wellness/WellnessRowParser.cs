using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Turns a <see cref="WellnessRow"/> into a <see cref="ParsedWellnessRow"/>: reads the date and every
/// value, and notes each problem with the field and the value as given. No server knowledge is needed
/// here; range checks come later because a value equal to the server's is never refused.
/// </summary>
internal static class WellnessRowParser
{
    public static ParsedWellnessRow Parse(WellnessRow row, int rowNumber, DateOnly today, IReadOnlyList<WellnessField> clears)
    {
        ArgumentNullException.ThrowIfNull(row);
        var record = row.Record is null ? null : WellnessRecords.ToJson(row.Record);
        var rawValues = CollectValues(row, record);
        var rawCustom = CollectCustomFields(row);
        var dateGiven = row.Date ?? (object?)record?["id"]?.GetValue<string>();

        var parsed = new ParsedWellnessRow
        {
            RowNumber = rowNumber,
            Label = Format(WellnessMessages.RowLabel, rowNumber),
            Source = row.Source,
            // Only a piped row can be blank (a trailing ",,,," line); Set-IcuWellness with no input at all names no field.
            IsBlank = row.Source is not null && rawValues.Count == 0 && rawCustom.Count == 0
                && row.Unused.All(column => WellnessValueReader.IsBlank(column.Value))
                && (dateGiven is not null ? WellnessValueReader.IsBlank(dateGiven) : clears.Count == 0),
            // Blank cells of known columns are "no value" (Unchanged); a row that names no field at all did nothing the user meant.
            NamesNoField = row.Fields.Count == 0 && row.CustomFields.Count == 0 && row.Record is null && clears.Count == 0,
            Unused = row.Unused,
        };
        if (parsed.IsBlank)
        {
            return parsed;
        }

        ReadDate(parsed, dateGiven, today);
        if (parsed.NamesNoField)
        {
            return parsed;
        }

        ReadValues(parsed, rawValues);
        ReadCustomFields(parsed, rawCustom);
        foreach (var field in clears)
        {
            if (parsed.Values.TryGetValue(field.ApiName, out var value))
            {
                parsed.Issues.Add(new WellnessIssue(field.Name, value.Given, Format(WellnessMessages.IssueValueAndClear, value.Field.Name, value.Given)));
            }
            else
            {
                parsed.Clears.Add(field);
            }
        }

        return parsed;
    }

    /// <summary>The record's writable values, then the given ones over them; blank given values do not hide the record's.</summary>
    private static List<(WellnessField Field, object Raw)> CollectValues(WellnessRow row, JsonObject? record)
    {
        var values = new Dictionary<string, (WellnessField Field, object Raw)>(StringComparer.Ordinal);
        foreach (var field in WellnessFields.All.Where(field => !field.IsConvenience))
        {
            if (record?[field.ApiName] is JsonValue value)
            {
                values[field.Name] = (field, ToRaw(value));
            }
        }

        foreach (var (name, raw) in row.Fields)
        {
            var field = WellnessFields.Find(name) ?? throw new ArgumentException($"'{name}' is no wellness field.", nameof(row));
            if (!WellnessValueReader.IsBlank(raw))
            {
                values[field.Name] = (field, raw!);
            }
        }

        return values.Values.ToList();
    }

    private static List<(string Code, object Raw)> CollectCustomFields(WellnessRow row)
    {
        var custom = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in row.Record?.GetCustomFields() ?? new Dictionary<string, System.Text.Json.JsonElement>())
        {
            custom[key] = value;
        }

        foreach (var (code, raw) in row.CustomFields)
        {
            if (!WellnessValueReader.IsBlank(raw))
            {
                custom[code] = raw!;
            }
        }

        return custom.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    private static void ReadDate(ParsedWellnessRow parsed, object? given, DateOnly today)
    {
        if (given is null)
        {
            parsed.Date = today;
        }
        else if (WellnessValueReader.IsBlank(given))
        {
            // A row with values but a blank date is refused, never written to today: a stray summary
            // row at the end of a ten-year CSV must not land on this morning.
            parsed.Issues.Add(new WellnessIssue("Date", string.Empty, WellnessMessages.IssueBlankDate));
            return;
        }
        else if (WellnessDates.TryRead(given, out var date))
        {
            parsed.Date = date;
        }
        else
        {
            parsed.Issues.Add(new WellnessIssue("Date", WellnessValueReader.Show(given), Format(WellnessMessages.IssueNotADate, WellnessValueReader.Show(given))));
            return;
        }

        parsed.Label = WellnessDates.Text(parsed.Date.Value);
    }

    private static void ReadValues(ParsedWellnessRow parsed, List<(WellnessField Field, object Raw)> rawValues)
    {
        foreach (var (field, raw) in rawValues)
        {
            var value = WellnessValueReader.Read(field, raw, out var problem);
            if (value is null)
            {
                parsed.Issues.Add(new WellnessIssue(field.Name, WellnessValueReader.Show(raw), problem!));
                continue;
            }

            // SleepSecs and SleepHours both write sleepSecs: given both, they must agree.
            if (parsed.Values.TryGetValue(field.ApiName, out var other) && !JsonNode.DeepEquals(other.Json, value.Json))
            {
                parsed.Issues.Add(new WellnessIssue(field.Name, value.Given, Format(WellnessMessages.IssueSleepConflict, other.Given, value.Given)));
                continue;
            }

            if (!field.IsConvenience || other is null)
            {
                parsed.Values[field.ApiName] = value;
            }
        }
    }

    private static void ReadCustomFields(ParsedWellnessRow parsed, List<(string Code, object Raw)> rawCustom)
    {
        foreach (var (code, raw) in rawCustom)
        {
            if (!WellnessFields.IsValidCustomCode(code) || !WellnessFields.IsCustomKey(code))
            {
                parsed.Issues.Add(new WellnessIssue(code, WellnessValueReader.Show(raw), Format(WellnessMessages.IssueBadCustomCode, code)));
            }
            else if (WellnessValueReader.ReadCustom(raw) is { } value)
            {
                parsed.CustomFields[code] = value;
            }
        }
    }

    /// <summary>A record's JSON value as the plain value a parameter would have bound.</summary>
    private static object ToRaw(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Number => WellnessDiff.Number(value),
        System.Text.Json.JsonValueKind.True => true,
        System.Text.Json.JsonValueKind.False => false,
        _ => value.ToString(),
    };

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
