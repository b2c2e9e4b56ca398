using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Save-IcuWorkoutFile: planned workouts (piped events, or the WORKOUT events of a range) as .zwo,
/// .mrc, .erg or .fit files in a folder, named "date name.ext" made safe for every OS; an existing file
/// is only replaced with -Force. Writes the FileInfo of each file saved.
/// </summary>
[Cmdlet(VerbsData.Save, "IcuWorkoutFile", SupportsShouldProcess = true, DefaultParameterSetName = RangeSet)]
[OutputType(typeof(FileInfo))]
public sealed class SaveIcuWorkoutFileCommand : IcuAthleteCmdlet
{
    private const string RangeSet = "Range";
    private const string EventSet = "Event";

    /// <summary>Events from Get-IcuEvent.</summary>
    [Parameter(ParameterSetName = EventSet, Mandatory = true, ValueFromPipeline = true)]
    public IcuEvent[]? InputObject { get; set; }

    /// <summary>The first local date (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive). Default: 6 days after -Oldest.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    public DateTime? Newest { get; set; }

    /// <summary>The folder to save into, e.g. Zwift's workouts folder. Default: the current location.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Zwo (default), Mrc, Erg or Fit.</summary>
    [Parameter]
    public WorkoutFileFormat Format { get; set; } = WorkoutFileFormat.Zwo;

    /// <summary>Replaces a file of the same name.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }


    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var folder = Path is null ? SessionState.Path.CurrentFileSystemLocation.ProviderPath : GetUnresolvedProviderPathFromPSPath(Path);
        IEnumerable<IcuEvent> events = InputObject ?? [];
        if (ParameterSetName == RangeSet)
        {
            try
            {
                events = Run(async (log, cancel) =>
                {
                    var found = new List<IcuEvent>();
                    await foreach (var item in EventCalendar.ListAsync(session, Oldest, Newest, [EventCategories.Workout], false, log, cancel).ConfigureAwait(false))
                    {
                        found.Add(item);
                    }

                    return found;
                });
            }
            catch (IcuException exception)
            {
                ThrowIcuError(exception, AthleteId);
            }
        }

        foreach (var calendarEvent in events)
        {
            var target = string.Format(CultureInfo.InvariantCulture, "{0} {1}", calendarEvent.Id, calendarEvent.Name);
            if (ShouldProcess(target, string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.SaveAction, Format, folder)))
            {
                ForOneInput(
                    calendarEvent,
                    () => WriteObject(Run((log, cancel) => WorkoutFileSaver.SaveAsync(session, calendarEvent, folder, Format, Force, log, cancel))),
                    "IcuWorkoutFileWriteFailed");
            }
        }
    }
}
