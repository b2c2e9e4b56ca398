using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Decides what a run writes: reads every row, merges rows of one date, reads the server's current values
/// for all dates in one list request per ten years (only the fields it compares), then per date checks the values and diffs them against the
/// server (locked days, FillEmpty, nothing-to-do). Nothing is written here.
/// </summary>
internal static class WellnessPlanner
{
    public static async Task<WellnessPlan> PlanAsync(IcuSession session, IReadOnlyList<WellnessRow> rows, WellnessUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        var clears = WellnessFields.ResolveClear(options.Clear);
        var today = session.Today();
        var settled = new List<(int Order, IcuWellnessResult Result)>();
        var byDate = new Dictionary<DateOnly, (ParsedWellnessRow Row, List<int> RowNumbers)>();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = WellnessRowParser.Parse(rows[index], index + 1, today, clears);
            if (row.IsBlank)
            {
                log.Verbose(Format(WellnessMessages.LogBlankRow, row.RowNumber));
            }
            else if (row.NamesNoField)
            {
                var error = new IcuWellnessNoFieldException(row.Label, row.Unused);
                settled.Add((row.RowNumber, new IcuWellnessResult(row.Label, WellnessResultStatus.Failed, [], error, row.Source)));
            }
            else if (row.Issues.Count > 0)
            {
                settled.Add((row.RowNumber, Invalid(row, row.Issues)));
            }
            else if (byDate.TryGetValue(row.Date!.Value, out var earlier))
            {
                earlier.Row.MergeLater(row);
                earlier.RowNumbers.Add(row.RowNumber);
            }
            else
            {
                byDate[row.Date.Value] = (row, [row.RowNumber]);
            }
        }

        foreach (var (date, (_, rowNumbers)) in byDate.Where(pair => pair.Value.RowNumbers.Count > 1))
        {
            log.Warning(Format(WellnessMessages.WarningDuplicateDate, WellnessDates.Text(date), string.Join(", ", rowNumbers), WellnessErrorIds.DuplicateDate));
        }

        var fields = FieldsToRead(byDate.Values.Select(entry => entry.Row));
        var server = await ReadServerAsync(session, byDate.Keys, fields, options, log, cancellationToken).ConfigureAwait(false);
        var writes = new List<WellnessPendingWrite>();
        foreach (var (date, (row, _)) in byDate.OrderBy(pair => pair.Key))
        {
            if (server.Failures.TryGetValue(date, out var failure))
            {
                var error = new IcuWellnessReadFailedException(row.Label, failure.Window, failure.Cause);
                settled.Add((row.RowNumber, new IcuWellnessResult(row.Label, WellnessResultStatus.Failed, [], error, row.Source)));
                continue;
            }

            var day = server.Days.GetValueOrDefault(date);
            var (changes, issues) = Diff(row, day, options, server.Known);
            if (issues.Count > 0)
            {
                settled.Add((row.RowNumber, Invalid(row, issues)));
            }
            else if (changes.Count == 0)
            {
                settled.Add((row.RowNumber, new IcuWellnessResult(row.Label, WellnessResultStatus.Unchanged, [], null, row.Source)));
            }
            else if (day?["locked"] is JsonValue locked && locked.GetValueKind() == JsonValueKind.True && !options.Force)
            {
                // Locked means the athlete fixed the day by hand. The server would accept the write (locked only
                // stops device syncs, api-facts §5.3); not overwriting it is this module's own safety rule.
                log.Warning(Format(WellnessMessages.WarningLockedSkipped, row.Label, string.Join("; ", changes), WellnessErrorIds.LockedSkipped));
                settled.Add((row.RowNumber, new IcuWellnessResult(row.Label, WellnessResultStatus.SkippedLocked, changes, null, row.Source, WellnessErrorIds.LockedSkipped)));
            }
            else
            {
                writes.Add(new WellnessPendingWrite(date, changes, row.Source, row.RowNumber));
            }
        }

        return new WellnessPlan(options, writes, settled, server.Requests);
    }

    /// <summary>
    /// The changes a row makes to the server's day, field by field in the spec's order, then custom fields.
    /// A value equal to the server's is no change and is not range-checked: sending back what the server
    /// holds is never an error. With the server unknown (read refused, -Force), every given value is a change.
    /// </summary>
    private static (List<WellnessChange> Changes, List<WellnessIssue> Issues) Diff(ParsedWellnessRow row, JsonObject? day, WellnessUploadOptions options, bool known)
    {
        var changes = new List<WellnessChange>();
        var issues = new List<WellnessIssue>();
        var fillEmpty = options.Mode == WellnessWriteMode.FillEmpty && known;
        foreach (var field in WellnessFields.All.Where(field => !field.IsConvenience))
        {
            // An unlocked day may say null or false; both are "not locked".
            var current = day?[field.ApiName] ?? (field.Kind == WellnessFieldKind.Flag && day is not null ? JsonValue.Create(false) : null);
            if (row.Values.TryGetValue(field.ApiName, out var value))
            {
                if (known && WellnessDiff.SameValue(current, value.Json))
                {
                    continue;
                }

                if (value.Number is { } number && (number < value.Field.Minimum || number > value.Field.Maximum))
                {
                    issues.Add(new WellnessIssue(value.Field.Name, value.Given, OutOfRange(value)));
                    continue;
                }

                // locked is a switch on the day, not a value to fill: it applies in both modes.
                if (fillEmpty && field != WellnessFields.Locked && !WellnessDiff.IsEmpty(current))
                {
                    continue;
                }

                changes.Add(new WellnessChange(field.Name, WellnessDiff.Show(current), WellnessDiff.Show(value.Json)) { ApiName = field.ApiName, Json = value.Json });
            }
            else if (row.Clears.Contains(field) && !(known && WellnessDiff.IsEmpty(current)))
            {
                changes.Add(new WellnessChange(field.Name, WellnessDiff.Show(current), WellnessMessages.DiffCleared) { ApiName = field.ApiName, Json = JsonValue.Create(-1) });
            }
        }

        foreach (var (code, value) in row.CustomFields)
        {
            var current = day?[code];
            if ((known && WellnessDiff.SameValue(current, value)) || (fillEmpty && !WellnessDiff.IsEmpty(current)))
            {
                continue;
            }

            changes.Add(new WellnessChange(code, WellnessDiff.Show(current), WellnessDiff.Show(value)) { ApiName = code, Json = value });
        }

        return (changes, issues);
    }

    /// <summary>
    /// The fields the diff compares: those the rows give or clear, their custom fields, and locked. Asking
    /// for only these keeps ten years of days to a few hundred KB, so they are read in one request.
    /// </summary>
    private static SortedSet<string> FieldsToRead(IEnumerable<ParsedWellnessRow> rows)
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal) { "id", WellnessFields.Locked.ApiName };
        foreach (var row in rows)
        {
            fields.UnionWith(row.Values.Keys);
            fields.UnionWith(row.Clears.Select(field => field.ApiName));
            fields.UnionWith(row.CustomFields.Keys);
        }

        return fields;
    }

    /// <summary>
    /// GET /wellness?oldest&amp;newest&amp;fields per window of up to ten years over the dates: one request
    /// instead of one per date. A window that cannot be read fails only its own dates.
    /// </summary>
    private static async Task<ServerState> ReadServerAsync(IcuSession session, IEnumerable<DateOnly> dates, IEnumerable<string> fields, WellnessUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        var state = new ServerState();
        foreach (var (oldest, newest) in WellnessDates.Windows(dates, options.ReadWindowDays))
        {
            state.Requests++;
            var window = WellnessDates.Text(oldest) + ".." + WellnessDates.Text(newest);
            try
            {
                var request = WellnessReader.ListRequest(session, oldest, newest, string.Join(',', fields));
                await foreach (var element in session.Client.StreamJsonArrayAsync(request, JsonItemReaders.Element, log, cancellationToken).ConfigureAwait(false))
                {
                    if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id)
                        && id.ValueKind == JsonValueKind.String && WellnessDates.TryRead(id.GetString()!, out var date))
                    {
                        state.Days[date] = JsonObject.Create(element)!;
                    }
                }
            }
            catch (IcuAccessDeniedException denied) when (options.Force && options.Mode == WellnessWriteMode.Merge)
            {
                // A token with WELLNESS:WRITE but not WELLNESS:READ: -Force with Merge needs no server values,
                // so the rows go unchecked and unchanged values are sent too.
                log.Warning(Format(WellnessMessages.WarningWritingBlind, denied.Message));
                state.Known = false;
                state.Days.Clear();
                return state;
            }
            catch (IcuAccessDeniedException denied)
            {
                throw new IcuWellnessReadDeniedException(denied, session.AuthScheme);
            }
            catch (IcuException failure) when (failure is not IcuAuthenticationException)
            {
                foreach (var date in dates.Where(date => date >= oldest && date <= newest))
                {
                    state.Failures[date] = (window, failure);
                }
            }
        }

        return state;
    }

    private static IcuWellnessResult Invalid(ParsedWellnessRow row, IReadOnlyList<WellnessIssue> issues) =>
        new(row.Label, WellnessResultStatus.Invalid, [], new IcuWellnessInvalidValueException(row.Label, issues), row.Source);

    private static string OutOfRange(WellnessValue value) =>
        Format(
            WellnessMessages.IssueOutOfRange,
            value.Field.Name,
            value.Given,
            value.Field.Minimum!.Value.ToString(CultureInfo.InvariantCulture),
            value.Field.Maximum!.Value.ToString(CultureInfo.InvariantCulture),
            value.Field.Unit is null ? string.Empty : " " + value.Field.Unit);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>What the server holds for the run's dates, and which dates could not be read.</summary>
    private sealed class ServerState
    {
        public Dictionary<DateOnly, JsonObject> Days { get; } = [];

        public Dictionary<DateOnly, (string Window, IcuException Cause)> Failures { get; } = [];

        public bool Known { get; set; } = true;

        public int Requests { get; set; }
    }
}
