using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Selection;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Binding;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Output;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuActivity: activities of a date range (split into windows, written as they arrive), by id
/// (from the pipeline too), or by search. Strava stubs are marked and counted in one warning at the end.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuActivity", DefaultParameterSetName = RangeSet)]
[OutputType(typeof(IcuActivity), typeof(string), typeof(PSCustomObject))]
public sealed class GetIcuActivityCommand : IcuAthleteCmdlet
{
    private const string RangeSet = "Range";
    private const string IdSet = "Id";
    private const string SearchSet = "Search";
    private const int ProgressId = 1;

    private readonly List<string> pendingIds = [];
    private readonly StravaStubTally stravaStubs = new();
    private IcuSession? session;
    private IReadOnlyList<string>? customFieldColumns;

    /// <summary>First day (or date-time) in the athlete's time zone. Default: 30 days before -Newest.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 0)]
    [DateTextTransformation]
    public DateTime? Oldest { get; set; }

    /// <summary>Last day, included whole when given as a date. Default: today in the athlete's time zone.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 1)]
    [DateTextTransformation]
    public DateTime? Newest { get; set; }

    /// <summary>Only these activity types, e.g. Ride, Run.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Type { get; set; }

    /// <summary>Passes -Type values the module does not know (a sport the API added later) instead of refusing them.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    public SwitchParameter AllowUnknownType { get; set; }

    /// <summary>At most this many activities, newest first; fetching stops once reached.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    [Parameter(ParameterSetName = SearchSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? Limit { get; set; }

    /// <summary>Activity ids, e.g. i12345678; bound by property name from the pipeline.</summary>
    [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Adds the intervals and interval groups (property Intervals).</summary>
    [Parameter(ParameterSetName = IdSet)]
    public SwitchParameter IncludeIntervals { get; set; }

    /// <summary>Text in the activity's name (case-insensitive), or an exact tag written '#tag'.</summary>
    [Parameter(ParameterSetName = SearchSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Search { get; set; }

    /// <summary>
    /// Only these properties (plus Id, StartDateLocal and Type), in this order: PowerShell names (IcuTrainingLoad),
    /// API names (icu_training_load), custom field codes or wildcards (*Power*). The server is asked for just
    /// those fields (fields=), so a long export is smaller and faster.
    /// </summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ArgumentCompleter(typeof(PropertyNameCompleter<IcuActivity>))]
    [ValidateNotNullOrEmpty]
    public string[]? Property { get; set; }

    /// <summary>Writes the server's JSON text of each activity instead of objects.</summary>
    [Parameter]
    public SwitchParameter Raw { get; set; }

    protected override void BeginProcessing()
    {
        session = ResolveSession();
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case RangeSet:
                ListRange();
                break;
            case SearchSet:
                ListSearch();
                break;
            default:
                QueueIds();
                break;
        }
    }

    protected override void EndProcessing()
    {
        FlushIds();
        if (stravaStubs.BuildWarning() is { } warning)
        {
            WriteWarning(warning);
        }
    }

    private void ListRange()
    {
        ActivityListRequest request;
        PropertySelection? selection;
        try
        {
            // Names are checked before any request; custom field codes are read only when a name needs them.
            selection = Property is null ? null : PropertyCatalog.Activity.Select(Property, CustomFieldColumns);
            request = new ActivityListRequest
            {
                Range = ActivityRange.Resolve(Oldest, Newest, session!.Today()),
                Limit = Limit,
                Types = ActivityTypeNames.ActivityTypes(Type ?? [], AllowUnknownType),
                CustomFieldColumns = Raw || selection is not null ? [] : CustomFieldColumns(),
                Fields = selection?.FieldsQuery,
                StravaStubs = stravaStubs,
            };
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, null);
            return;
        }

        var windows = request.Range.Split(request.WindowDays).Count;
        listedRange = request.Range;
        try
        {
            if (Raw)
            {
                WriteStream<string, ActivityWindow>((log, progress, cancel) => ActivityLister.ListRawAsync(session!, WithProgress(request, progress, windows), log, cancel), ShowProgress);
            }
            else if (selection is not null)
            {
                var selected = new SelectedRecords(selection);
                WriteStream<PSObject, ActivityWindow>((log, progress, cancel) => selected.ProjectAll(ActivityLister.ListAsync(session!, WithProgress(request, progress, windows), log, cancel), cancel), ShowProgress);
            }
            else
            {
                WriteStream<IcuActivity, ActivityWindow>((log, progress, cancel) => ActivityLister.ListAsync(session!, WithProgress(request, progress, windows), log, cancel), ShowProgress);
            }
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, null);
        }
        finally
        {
            if (windows > 1 && !Stopping)
            {
                WriteProgress(new ProgressRecord(ProgressId, ActivityCmdletMessages.ProgressActivity, ActivityCmdletMessages.ProgressCompleted) { RecordType = ProgressRecordType.Completed });
            }
        }
    }

    private void ListSearch()
    {
        try
        {
            if (Raw)
            {
                WriteStream((log, cancel) => ActivityReader.SearchRawAsync(session!, Search!, Limit, stravaStubs, log, cancel));
            }
            else
            {
                var columns = CustomFieldColumns();
                WriteStream((log, cancel) => ActivityReader.SearchAsync(session!, Search!, Limit, columns, stravaStubs, log, cancel));
            }
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, Search);
        }
    }

    /// <summary>Ids are gathered so piped ids are read in batches, one request per <see cref="ActivityReader.IdsPerRequest"/>.</summary>
    private void QueueIds()
    {
        foreach (var id in Id ?? [])
        {
            try
            {
                pendingIds.Add(ActivityIds.Check(id));
            }
            catch (IcuActivityException exception)
            {
                WriteIcuError(exception, id);
            }
        }

        if (pendingIds.Count >= ActivityReader.IdsPerRequest)
        {
            FlushIds();
        }
    }

    private void FlushIds()
    {
        if (pendingIds.Count == 0)
        {
            return;
        }

        var ids = pendingIds.ToList();
        pendingIds.Clear();
        try
        {
            if (Raw)
            {
                WriteLookups(Run(async (log, cancel) => await CollectAsync(ActivityReader.GetRawAsync(session!, ids, IncludeIntervals, stravaStubs, log, cancel)).ConfigureAwait(false)));
            }
            else
            {
                var columns = CustomFieldColumns();
                WriteLookups(Run(async (log, cancel) => await CollectAsync(ActivityReader.GetAsync(session!, ids, IncludeIntervals, columns, stravaStubs, log, cancel)).ConfigureAwait(false)));
            }
        }
        catch (IcuAuthenticationException exception)
        {
            ThrowIcuError(exception, ids);
        }
        catch (IcuException exception)
        {
            // One batch failing does not stop the ids still to come.
            WriteIcuError(exception, ids);
        }
    }

    private void WriteLookups<T>(IReadOnlyList<ActivityLookup<T>> lookups)
        where T : class
    {
        foreach (var lookup in lookups)
        {
            if (lookup.Activity is null)
            {
                WriteIcuError(IcuActivityException.NotFound(lookup.Id), lookup.Id);
            }
            else
            {
                WriteRecord(lookup.Activity);
            }
        }
    }

    /// <summary>The athlete's custom activity fields, read once per command (one request), so every object carries their columns.</summary>
    private IReadOnlyList<string> CustomFieldColumns() =>
        customFieldColumns ??= Run((log, cancel) => ActivityCustomFields.ReadCodesAsync(session!, log, cancel));

    private static ActivityListRequest WithProgress(ActivityListRequest request, IProgress<ActivityWindow> progress, int windows) =>
        windows > 1 ? request with { Progress = progress } : request;

    private ActivityRange? listedRange;

    private void ShowProgress(ActivityWindow window)
    {
        var status = string.Format(CultureInfo.CurrentCulture, ActivityCmdletMessages.ProgressStatus, window.Number, window.Count, window.OldestLocal, window.NewestLocal);
        WriteProgress(new ProgressRecord(ProgressId, ActivityCmdletMessages.ProgressActivity, status)
        {
            PercentComplete = listedRange?.PercentBefore(window) ?? 0,
        });
    }
}
