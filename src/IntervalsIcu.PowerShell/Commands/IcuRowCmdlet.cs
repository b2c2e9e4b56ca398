using System.Management.Automation;
using IntervalsIcu.Core.Events;
using IntervalsIcu.PowerShell.Completers;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// The row parameters New-IcuEvent, Set-IcuEvent and New-IcuActivity share: each input (parameters, or
/// a CSV row / object whose properties bind by name) becomes one <see cref="EventRow"/> for Core.
/// </summary>
/// <remarks>
/// Value parameters are object or string, not DateTime/int/bool: a CSV cell is text, and a typed
/// parameter would turn "" or "1:30:00" into a binding error without our ErrorId or the row. Core reads
/// them culture-invariantly.
/// </remarks>
public abstract class IcuRowCmdlet : IcuSessionCmdlet
{
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

    /// <summary>The sport: Ride, Run, Swim, VirtualRide, ...</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Sport")]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    public string? Type { get; set; }

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>For an event, the workout in Intervals.icu's text ("- 10m 60%"); for an activity, notes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Workout", "WorkoutText")]
    public string? Description { get; set; }

    /// <summary>Your own key: a row with one is an upsert, so running the same input again never duplicates it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("external_id")]
    public string? ExternalId { get; set; }

    /// <summary>Seconds or h:mm:ss.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("moving_time", "Duration")]
    public object? MovingTime { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("IcuTrainingLoad", "icu_training_load", "TrainingLoad")]
    public object? Load { get; set; }

    /// <summary>Metres.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Distance { get; set; }

    /// <summary>This input as a row of the shared fields; a cmdlet adds its own with <c>with</c>.</summary>
    protected EventRow ReadRow() => new()
    {
        AthleteId = AthleteId,
        Date = PlainValue(Date),
        Time = PlainValue(Time),
        Type = Type,
        Name = Name,
        Description = Description,
        ExternalId = ExternalId,
        MovingTime = PlainValue(MovingTime),
        Load = PlainValue(Load),
        Distance = PlainValue(Distance),
        Source = InputObject,
    };
}
