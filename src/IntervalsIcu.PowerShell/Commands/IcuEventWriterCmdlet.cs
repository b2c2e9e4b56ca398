using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuEvent and Set-IcuEvent: rows from parameters or the pipeline (Import-Csv, ConvertFrom-Json,
/// Get-IcuEvent) are collected, then handed to Core at once, which reads the calendar and diffs. Each
/// write is asked with ShouldProcess and its field diff (-WhatIf prints it and writes nothing), then the
/// approved ones go in bulk. A row with an ExternalId is an upsert whatever the cmdlet. Each failed row
/// is one error with the row as its target, so $? tells the truth.
/// </summary>
/// <remarks>
/// Value parameters are object or string, not DateTime/int/bool: a CSV cell is text, and a typed
/// parameter would turn "" or "1:30:00" into a binding error without our ErrorId or the row. Core reads
/// them culture-invariantly.
/// </remarks>
public abstract class IcuEventWriterCmdlet : IcuSessionCmdlet
{
    private readonly List<EventRow> rows = [];
    private IcuSession? session;

    /// <summary>The pipeline object; kept as the target of its row's error.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>A coached athlete to write to (the session's athlete when absent); a column routes each row.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("athlete_id")]
    public string? AthleteId { get; set; }

    /// <summary>The athlete's local date (yyyy-MM-dd), optionally with a time of day; never converted between time zones.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("StartDateLocal", "start_date_local", "Day")]
    public object? Date { get; set; }

    /// <summary>Wall-clock time of day on the athlete's calendar, e.g. 06:30.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TimeOfDay", "StartTime")]
    public object? Time { get; set; }

    /// <summary>WORKOUT (default for new events), NOTE, RACE_A, RACE_B, RACE_C, HOLIDAY, SICK, INJURED, ...</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(EventCategoryCompleter))]
    public string? Category { get; set; }

    /// <summary>The sport: Ride, Run, Swim, VirtualRide, ...</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Sport")]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    public string? Type { get; set; }

    /// <summary>At most 80 characters.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>The workout in Intervals.icu's text, e.g. "- 10m 60%`n3x`n- 5m 105%`n- 3m 50%"; the server turns it into steps, time and load.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Workout", "WorkoutText")]
    public string? Description { get; set; }

    /// <summary>Your own key for the event: a row with one is an upsert, so running the same input again never duplicates it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("external_id")]
    public string? ExternalId { get; set; }

    /// <summary>Seconds or h:mm:ss; filled from the workout when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("moving_time", "Duration")]
    public object? MovingTime { get; set; }

    /// <summary>Planned training load; filled from the workout when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("IcuTrainingLoad", "icu_training_load", "TrainingLoad")]
    public object? Load { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Indoor { get; set; }

    /// <summary>Metres.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Distance { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Color { get; set; }

    /// <summary>A .zwo, .mrc, .erg or .fit workout file, sent as its contents.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("WorkoutFile")]
    public string? File { get; set; }

    /// <summary>Write one IcuEventResult per row (and per pruned event).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The event id of an existing event to change (Set-IcuEvent only).</summary>
    protected virtual object? EventId => null;

    protected virtual bool PruneRequested => false;

    protected override void BeginProcessing() => session = ResolveSession();

    protected override void ProcessRecord()
    {
        rows.Add(new EventRow
        {
            AthleteId = AthleteId,
            Id = PlainValue(EventId),
            Date = PlainValue(Date),
            Time = PlainValue(Time),
            Category = Category,
            Type = Type,
            Name = Name,
            Description = Description,
            ExternalId = ExternalId,
            MovingTime = PlainValue(MovingTime),
            Load = PlainValue(Load),
            Indoor = PlainValue(Indoor),
            Distance = PlainValue(Distance),
            Color = Color,
            File = string.IsNullOrWhiteSpace(File) ? null : GetUnresolvedProviderPathFromPSPath(File),
            Source = InputObject,
        });
    }

    protected override void EndProcessing()
    {
        EventPlan plan;
        try
        {
            plan = Run((log, cancel) => EventUploader.PlanAsync(session!, rows, new EventUploadOptions { Prune = PruneRequested }, log, cancel));
        }
        catch (IcuException exception)
        {
            // Only what concerns every row ends here: refused credentials, -Prune without a plan prefix.
            ThrowIcuError(exception, null);
            return;
        }

        var approvedWrites = new HashSet<int>();
        foreach (var write in plan.Writes)
        {
            var description = string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.WriteDescription, write.Status, write.Label, write.DiffText);
            var warning = string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.WriteWarning, write.Status, write.Label, write.DiffText);
            if (ShouldProcess(description, warning, EventCmdletMessages.WriteCaption))
            {
                approvedWrites.Add(write.Order);
            }
        }

        var approvedRemovals = new HashSet<int>();
        foreach (var removal in plan.Removals)
        {
            if (ShouldProcess(
                string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.PruneDescription, removal.Label),
                string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.PruneWarning, removal.Label),
                EventCmdletMessages.WriteCaption))
            {
                approvedRemovals.Add(removal.Id);
            }
        }

        var report = Run((log, cancel) => EventUploader.SendAsync(session!, plan, approvedWrites, approvedRemovals, log, cancel));
        foreach (var result in report.Results)
        {
            if (result.GetException() is { } error)
            {
                WriteIcuError(AthleteAccess.Explain(session!, result.AthleteId, error), result.GetSource() ?? result.ExternalId ?? (object?)result.Id);
            }

            if (PassThru)
            {
                WriteObject(result);
            }
        }
    }

    /// <summary>The value without PowerShell's wrapper; AutomationNull (an empty pipeline result) is null.</summary>
    internal static object? PlainValue(object? value) => value switch
    {
        PSObject empty when ReferenceEquals(empty, System.Management.Automation.Internal.AutomationNull.Value) => null,
        PSObject wrapped => wrapped.BaseObject,
        _ => value,
    };
}
