using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Selection;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Output;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuWellness: wellness days of a range of local dates (default: the 7 days ending today in the
/// athlete's time zone) or of the dates given, oldest first. Each day is an IcuWellness whose custom
/// fields are ordinary properties and whose SportInfoText has the sport info as one line, so Export-Csv writes data,
/// never a type name; -Raw writes the server's JSON per day instead.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuWellness", DefaultParameterSetName = RangeSet)]
[OutputType(typeof(IcuWellness))]
[OutputType(typeof(string))]
[OutputType(typeof(PSCustomObject))]
public sealed class GetIcuWellnessCommand : IcuAthleteCmdlet
{
    private const string RangeSet = "Range";
    private const string DateSet = "Date";

    private const int ProgressId = 7;

    private readonly List<DateOnly> dates = [];
    private bool shownProgress;

    /// <summary>The first local date (inclusive). Default: 6 days before -Newest.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 0)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 1)]
    public DateTime? Newest { get; set; }

    /// <summary>Only these local dates; a date without a record is left out.</summary>
    [Parameter(ParameterSetName = DateSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "Day")]
    [ValidateNotNullOrEmpty]
    public DateTime[]? Date { get; set; }

    /// <summary>
    /// Only these properties (plus Id, the date), in this order: PowerShell names (RestingHR), API names
    /// (restingHR), custom field codes or wildcards (Sleep*). The server is asked for just those fields (fields=).
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(PropertyNameCompleter<IcuWellness>))]
    [ValidateNotNullOrEmpty]
    public string[]? Property { get; set; }

    /// <summary>Each day as the JSON text the server sent.</summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    protected override void ProcessRecord()
    {
        // Dates from the pipeline are gathered and read together: one request per year, not per date.
        dates.AddRange((Date ?? []).Select(DateOnly.FromDateTime));
    }

    protected override void EndProcessing()
    {
        var session = ResolveSession();
        try
        {
            // Names are checked before any request.
            var selection = Property is null ? null : PropertyCatalog.Wellness.Select(Property);
            var fields = selection?.FieldsQuery;
            if (ParameterSetName == DateSet)
            {
                Write((log, cancel) => WellnessReader.ReadDatesRawAsync(session, dates, log, cancel, fields), (log, cancel) => WellnessReader.ReadDatesAsync(session, dates, log, cancel, fields), selection);
                return;
            }

            var (oldest, newest) = WellnessDates.ResolveRange(
                Oldest is { } first ? DateOnly.FromDateTime(first) : null,
                Newest is { } last ? DateOnly.FromDateTime(last) : null,
                session.Today());
            try
            {
                if (Raw)
                {
                    WriteStream<string, WellnessWindow>((log, progress, cancel) => WellnessReader.ReadRangeRawAsync(session, oldest, newest, log, cancel, progress, fields), ShowProgress);
                }
                else if (selection is not null)
                {
                    var selected = new SelectedRecords(selection);
                    WriteStream<PSObject, WellnessWindow>((log, progress, cancel) => selected.ProjectAll(WellnessReader.ReadRangeAsync(session, oldest, newest, log, cancel, progress, fields), cancel), ShowProgress);
                }
                else
                {
                    WriteStream<IcuWellness, WellnessWindow>((log, progress, cancel) => WellnessReader.ReadRangeAsync(session, oldest, newest, log, cancel, progress), ShowProgress);
                }
            }
            finally
            {
                if (shownProgress && !Stopping)
                {
                    WriteProgress(new ProgressRecord(ProgressId, "Get-IcuWellness", CmdletMessages.ProgressDone) { RecordType = ProgressRecordType.Completed });
                }
            }
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, session.AthleteId);
        }
    }

    /// <summary>A bar only for ranges of more than one request (more than a year).</summary>
    private void ShowProgress(WellnessWindow window)
    {
        if (window.Count < 2)
        {
            return;
        }

        shownProgress = true;
        var status = string.Format(CultureInfo.CurrentCulture, WellnessCmdletMessages.ProgressRead, window.Number, window.Count, window.Oldest, window.Newest);
        WriteProgress(new ProgressRecord(ProgressId, "Get-IcuWellness", status) { PercentComplete = (window.Number - 1) * 100 / window.Count });
    }

    /// <summary>Streams the days as they are read: the JSON with -Raw, the chosen properties with -Property, else the objects with their custom fields as properties.</summary>
    private void Write(Func<IIcuLog, CancellationToken, IAsyncEnumerable<string>> raw, Func<IIcuLog, CancellationToken, IAsyncEnumerable<IcuWellness>> days, PropertySelection? selection)
    {
        if (Raw)
        {
            WriteStream(raw);
        }
        else if (selection is not null)
        {
            var selected = new SelectedRecords(selection);
            WriteStream((log, cancel) => selected.ProjectAll(days(log, cancel), cancel));
        }
        else
        {
            WriteStream(days);
        }
    }
}
