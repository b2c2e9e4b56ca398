using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Selection;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Output;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuEvent: the calendar of a range (default, as the API: today in the athlete's time zone and the
/// next 6 days), optionally of some categories, or events by id. The objects pipe into Set-IcuEvent,
/// Remove-IcuEvent, Save-IcuWorkoutFile and Complete-IcuEvent by property name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuEvent", DefaultParameterSetName = RangeSet)]
[OutputType(typeof(IcuEvent), typeof(PSCustomObject))]
public sealed class GetIcuEventCommand : IcuAthleteCmdlet
{
    private const string RangeSet = "Range";
    private const string IdSet = "Id";

    /// <summary>The first local date (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 0)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive). Default: 6 days after -Oldest.</summary>
    [Parameter(ParameterSetName = RangeSet, Position = 1)]
    public DateTime? Newest { get; set; }

    /// <summary>Only these categories, e.g. WORKOUT, NOTE.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ArgumentCompleter(typeof(EventCategoryCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Category { get; set; }

    /// <summary>Events by id.</summary>
    [Parameter(ParameterSetName = IdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("EventId")]
    public int[]? Id { get; set; }

    /// <summary>
    /// Only these properties of the listed events (plus Id, StartDateLocal and Category), in this order:
    /// PowerShell names (Name), API names (moving_time) or wildcards (*Load*). The calendar's list has no
    /// fields= (spec), so the server sends every field and the selection is made here.
    /// </summary>
    [Parameter(ParameterSetName = RangeSet)]
    [ArgumentCompleter(typeof(PropertyNameCompleter<IcuEvent>))]
    [ValidateNotNullOrEmpty]
    public string[]? Property { get; set; }

    /// <summary>Workout targets also in watts, bpm and pace (the API's resolve=true).</summary>
    [Parameter]
    public SwitchParameter Resolve { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id ?? [])
            {
                ForOneInput(id, () => WriteRecord(Run((log, cancel) => EventCalendar.GetAsync(session, id, log, cancel))));
            }

            return;
        }

        var categories = (Category ?? []).Select(category => EventCategories.Normalize(category) ?? category).ToList();
        try
        {
            if (Property is not null)
            {
                var selected = new SelectedRecords(PropertyCatalog.Event.Select(Property));
                WriteStream((log, cancel) => selected.ProjectAll(EventCalendar.ListAsync(session, Oldest, Newest, categories, Resolve, log, cancel), cancel));
                return;
            }

            WriteStream((log, cancel) => EventCalendar.ListAsync(session, Oldest, Newest, categories, Resolve, log, cancel));
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, AthleteId);
        }
    }
}
