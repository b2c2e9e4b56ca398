using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Set-IcuActivity: changes only the fields given (a partial update); -Clear empties numeric fields
/// (sent as -1). Switches are sent only when named: -Trainer sets, -Trainer:$false unsets. An activity
/// object from Get-IcuActivity, edited and piped back, is compared with the server's current activity and
/// only the fields that differ are sent (parameters on top); -WhatIf shows that diff.
/// </summary>
[Cmdlet(VerbsCommon.Set, "IcuActivity", SupportsShouldProcess = true)]
[OutputType(typeof(IcuActivity))]
public sealed class SetIcuActivityCommand : IcuSessionCmdlet
{
    /// <summary>The activity's id, e.g. i12345678: typed, piped as text, or bound by property name from Get-IcuActivity.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>An activity from Get-IcuActivity, edited or not: the fields that differ from the server's are sent.</summary>
    [Parameter(ValueFromPipeline = true)]
    public IcuActivity? InputObject { get; set; }

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

    /// <summary>Sends a -Type the module does not know (a sport the API added later) instead of refusing it.</summary>
    [Parameter]
    public SwitchParameter AllowUnknownType { get; set; }

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

    private readonly ItemProgress progress = new(6, "Set-IcuActivity");
    private IcuSession? session;
    private string? checkedType;

    protected override void BeginProcessing()
    {
        session = ResolveSession();
        try
        {
            checkedType = Type is null ? null : ActivityTypeNames.ActivityTypes([Type], AllowUnknownType)[0];
        }
        catch (IcuActivityException exception)
        {
            ThrowIcuError(exception, Type);
        }
    }

    protected override void ProcessRecord()
    {
        var given = new ActivityUpdate
        {
            Name = Name,
            Description = Description,
            Type = checkedType,
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

        progress.Next(this, Id!);
        ForOneInput(Id, () =>
        {
            var id = ActivityIds.Check(Id);
            if (InputObject is not null && string.Equals(InputObject.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                UpdateEdited(id, InputObject, given);
                return;
            }

            if (given.IsEmpty)
            {
                ThrowIcuError(IcuActivityException.NoChange(id), Id);
            }

            if (ShouldProcess(id, string.Format(CultureInfo.CurrentCulture, ActivityCmdletMessages.UpdateAction, string.Join(", ", given.FieldNames))))
            {
                Send(id, given);
            }
        });
    }

    protected override void EndProcessing() => progress.Complete(this);

    /// <summary>A piped activity: what differs from the server's current activity, with the parameters on top.</summary>
    private void UpdateEdited(string id, IcuActivity edited, ActivityUpdate given)
    {
        var current = Run(async (log, cancel) =>
        {
            await foreach (var lookup in ActivityReader.GetAsync(session!, [id], false, [], null, log, cancel).ConfigureAwait(false))
            {
                return lookup.Activity;
            }

            return null;
        }) ?? throw IcuActivityException.NotFound(id);
        var update = ActivityEdits.Diff(edited, current).With(given);
        if (update.Type is { } type && !string.Equals(type, checkedType, StringComparison.Ordinal))
        {
            // A type edited on the object is checked like -Type: a typo must not become data.
            ActivityTypeNames.ActivityTypes([type], AllowUnknownType);
        }

        if (update.IsEmpty)
        {
            WriteVerbose(string.Format(CultureInfo.CurrentCulture, ActivityCmdletMessages.Unchanged, id));
            if (PassThru)
            {
                WriteRecord(current);
            }

            return;
        }

        if (ShouldProcess(id, string.Format(CultureInfo.CurrentCulture, ActivityCmdletMessages.UpdateAction, ActivityEdits.Describe(update, current))))
        {
            Send(id, update);
        }
    }

    private void Send(string id, ActivityUpdate update)
    {
        var updated = Run((log, cancel) => ActivityWriter.UpdateAsync(session!, id, update, log, cancel));
        if (PassThru)
        {
            WriteRecord(updated);
        }
    }

    private bool Given(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);
}
