using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuActivity: manual activities (no file) from parameters or CSV rows, written in bulk; the API
/// upserts on ExternalId, so re-running a log never duplicates it. Writes each activity stored.
/// </summary>
[Cmdlet(VerbsCommon.New, "IcuActivity", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuActivity))]
public sealed class NewIcuActivityCommand : IcuSessionCmdlet
{
    private readonly List<ManualActivityRow> rows = [];

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The athlete's local date, optionally with a time of day (yyyy-MM-dd HH:mm).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("StartDateLocal", "start_date_local", "Day")]
    public object? Date { get; set; }

    /// <summary>Wall-clock start on the athlete's calendar, e.g. 07:15.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TimeOfDay", "StartTime")]
    public object? Time { get; set; }

    /// <summary>Ride, Run, Swim, WeightTraining, ...</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Sport")]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    public string? Type { get; set; }

    [Parameter(Position = 2, ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Description { get; set; }

    /// <summary>Seconds or h:mm:ss.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("moving_time", "Duration")]
    public object? MovingTime { get; set; }

    /// <summary>Metres.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Distance { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("IcuTrainingLoad", "icu_training_load", "TrainingLoad")]
    public object? Load { get; set; }

    /// <summary>Perceived exertion, 1 to 10.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("IcuRpe", "icu_rpe")]
    public object? Rpe { get; set; }

    /// <summary>Your own key: the same ExternalId again updates the activity instead of adding one.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("external_id")]
    public string? ExternalId { get; set; }

    /// <summary>A coached athlete to write to; a column routes each row.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("athlete_id")]
    public string? AthleteId { get; set; }

    protected override void ProcessRecord()
    {
        var label = string.Join(' ', new[] { Convert.ToString(IcuEventWriterCmdlet.PlainValue(Date), CultureInfo.InvariantCulture), Type, Name, ExternalId }.Where(part => !string.IsNullOrEmpty(part)));
        if (!ShouldProcess(label, EventCmdletMessages.NewActivityAction))
        {
            return;
        }

        rows.Add(new ManualActivityRow
        {
            AthleteId = AthleteId,
            Date = IcuEventWriterCmdlet.PlainValue(Date),
            Time = IcuEventWriterCmdlet.PlainValue(Time),
            Type = Type,
            Name = Name,
            Description = Description,
            MovingTime = IcuEventWriterCmdlet.PlainValue(MovingTime),
            Distance = IcuEventWriterCmdlet.PlainValue(Distance),
            Load = IcuEventWriterCmdlet.PlainValue(Load),
            Rpe = IcuEventWriterCmdlet.PlainValue(Rpe),
            ExternalId = ExternalId,
            Source = InputObject,
        });
    }

    protected override void EndProcessing()
    {
        if (rows.Count == 0)
        {
            return;
        }

        var session = ResolveSession();
        IReadOnlyList<ManualActivityResult> results = [];
        try
        {
            results = Run((log, cancel) => ManualActivityWriter.WriteAsync(session, rows, EventUploadOptions.DefaultBatchSize, log, cancel));
        }
        catch (IcuException exception)
        {
            // Refused credentials concern every row.
            ThrowIcuError(exception, null);
        }

        for (var index = 0; index < results.Count; index++)
        {
            if (results[index].Error is { } error)
            {
                WriteIcuError(AthleteAccess.Explain(session, rows[index].AthleteId, error), results[index].Source ?? rows[index].ExternalId);
            }
            else if (results[index].Activity is { } activity)
            {
                WriteRecord(activity);
            }
        }
    }
}
