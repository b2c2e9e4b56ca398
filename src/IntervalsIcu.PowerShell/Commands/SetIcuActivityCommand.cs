using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Set-IcuActivity: changes only the fields given (a partial update); -Clear empties numeric fields
/// (sent as -1). Switches are sent only when named: -Trainer sets, -Trainer:$false unsets.
/// </summary>
[Cmdlet(VerbsCommon.Set, "IcuActivity", SupportsShouldProcess = true)]
[OutputType(typeof(IcuActivity))]
public sealed class SetIcuActivityCommand : IcuSessionCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>The description; an empty string removes it.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? Description { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Type { get; set; }

    [Parameter]
    [ValidateSet("NONE", "COMMUTE", "WARMUP", "COOLDOWN", "RACE", IgnoreCase = true)]
    public string? SubType { get; set; }

    /// <summary>How it felt: 1 (strong) to 5 (weak).</summary>
    [Parameter]
    [ValidateRange(1, 5)]
    public int? Feel { get; set; }

    /// <summary>Rate of perceived exertion, 1 to 10.</summary>
    [Parameter]
    [ValidateRange(1, 10)]
    public int? Rpe { get; set; }

    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? TrainingLoad { get; set; }

    [Parameter]
    public SwitchParameter Trainer { get; set; }

    [Parameter]
    public SwitchParameter Commute { get; set; }

    [Parameter]
    public SwitchParameter Race { get; set; }

    /// <summary>The id of one of the athlete's gear items (bike, shoes).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GearId { get; set; }

    /// <summary>Replaces the tags; @() removes them all.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public string[]? Tag { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? KgLifted { get; set; }

    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? CarbsIngested { get; set; }

    [Parameter]
    public int? PairedEventId { get; set; }

    /// <summary>Numeric fields to empty.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public ActivityNumericField[]? Clear { get; set; }

    /// <summary>Writes the updated activity.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var update = new ActivityUpdate
        {
            Name = Name,
            Description = Description,
            Type = Type,
            SubType = SubType?.ToUpperInvariant(),
            Feel = Feel,
            Rpe = Rpe,
            TrainingLoad = TrainingLoad,
            Trainer = Given(nameof(Trainer)) ? Trainer.IsPresent : null,
            Commute = Given(nameof(Commute)) ? Commute.IsPresent : null,
            Race = Given(nameof(Race)) ? Race.IsPresent : null,
            GearId = GearId,
            Tags = Tag,
            KgLifted = KgLifted,
            CarbsIngested = CarbsIngested,
            PairedEventId = PairedEventId,
            Clear = Clear ?? [],
        };

        ForOneInput(Id, () =>
        {
            var id = ActivityIds.Check(Id);
            if (update.IsEmpty)
            {
                ThrowIcuError(IcuActivityException.NoChange(id), Id);
            }

            if (!ShouldProcess(id, string.Format(System.Globalization.CultureInfo.CurrentCulture, ActivityCmdletMessages.UpdateAction, string.Join(", ", update.FieldNames))))
            {
                return;
            }

            var updated = Run((log, cancel) => ActivityWriter.UpdateAsync(session, id, update, log, cancel));
            if (PassThru)
            {
                WriteRecord(updated);
            }
        });
    }

    private bool Given(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);
}
