using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuWorkout: workouts in the athlete's library, from Intervals.icu workout text (-Description) or a
/// .zwo/.mrc/.erg/.fit file (-Path), from parameters or pipeline rows (Import-Csv, Get-ChildItem *.zwo).
/// Rows are collected, checked in Core, asked one by one with ShouldProcess, then created: one request for
/// one workout, bulk requests for several. Each workout created is written; each failed row is one error
/// with the row as its target, and the other rows go through.
/// </summary>
[Cmdlet(VerbsCommon.New, "IcuWorkout", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuWorkout))]
public sealed class NewIcuWorkoutCommand : IcuSessionCmdlet
{
    private readonly List<WorkoutRow> rows = [];
    private WorkoutRow commandLine = new();

    /// <summary>A row (CSV line, object), a file from Get-ChildItem, or a folder from Get-IcuWorkoutFolder to create the workout in.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The workout's name (at most 80 characters); from a file, its name without the extension unless given.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>The workout in Intervals.icu's text ("- 10m 60%"), also its notes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Workout", "WorkoutText")]
    public string? Description { get; set; }

    /// <summary>A .zwo, .mrc, .erg or .fit workout file; the server reads the workout from it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "File", "WorkoutFile")]
    public string? Path { get; set; }

    /// <summary>The folder or plan to create the workout in; a folder's FolderId binds by property name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("folder_id")]
    public object? FolderId { get; set; }

    /// <summary>The sport: Ride, Run, Swim, VirtualRide, ...</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Sport")]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    public string? Type { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Indoor { get; set; }

    /// <summary>In a plan: the day the workout falls on, 0 for the plan's first day.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Day { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string[]? Tags { get; set; }

    /// <summary>A coached athlete's library (the session's athlete when absent); a column or a folder routes each row.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("athlete_id")]
    public string? AthleteId { get; set; }

    /// <summary>Before any input is bound: the values given on the command line alone, for rows that are folders.</summary>
    protected override void BeginProcessing() => commandLine = ReadRow();

    protected override void ProcessRecord()
    {
        // A piped folder gives only where to create the workout; its own name, description and type
        // (FOLDER) were bound by property name and are not the workout's.
        rows.Add(InputObject?.BaseObject is IcuFolder folder
            ? commandLine with { FolderId = folder.Id, AthleteId = folder.AthleteId ?? commandLine.AthleteId, Source = folder }
            : ReadRow());
    }

    protected override void EndProcessing()
    {
        if (rows.Count == 0)
        {
            return;
        }

        var session = ResolveSession();
        var plan = WorkoutCreator.Plan(session, rows);
        var approved = new HashSet<int>();
        foreach (var draft in plan.Drafts)
        {
            var what = draft.FileName is { } file
                ? string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.CreateFromFileDescription, draft.Name, file, draft.FolderId, draft.AthleteId)
                : string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.CreateDescription, draft.Name, draft.FolderId, draft.AthleteId);
            if (ShouldProcess(what, what + " " + LibraryCmdletMessages.Continue, LibraryCmdletMessages.CreateCaption))
            {
                approved.Add(draft.Order);
            }
        }

        var results = Run((log, cancel) => WorkoutCreator.CreateAsync(session, plan, approved, log, cancel));
        foreach (var result in results)
        {
            if (result.GetException() is { } error)
            {
                WriteIcuError(AthleteAccess.Explain(session, result.AthleteId, error), result.GetSource() ?? result.Name);
            }
            else if (result.GetWorkout() is { } workout)
            {
                WriteRecord(workout);
            }
        }
    }

    private WorkoutRow ReadRow() => new()
    {
        AthleteId = AthleteId,
        FolderId = PlainValue(FolderId),
        Name = Name,
        Type = Type,
        Description = Description,
        File = string.IsNullOrWhiteSpace(Path) ? null : GetUnresolvedProviderPathFromPSPath(Path),
        Indoor = PlainValue(Indoor),
        Day = PlainValue(Day),
        Tags = Tags,
        Source = InputObject,
    };
}
