using System.Management.Automation;
using IntervalsIcu.Core.Events;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Set-IcuEvent: writes a plan (rows with ExternalIds, upserted) or changes existing events by Id (only
/// the given fields). -Prune makes the calendar hold exactly the plan: inside the input's date range,
/// events with the plan's ExternalId prefix that the input no longer has are removed, and nothing else.
/// </summary>
[Cmdlet(VerbsCommon.Set, "IcuEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuEventResult))]
public sealed class SetIcuEventCommand : IcuEventWriterCmdlet
{
    /// <summary>The event to change; from Get-IcuEvent output by property name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EventId")]
    public object? Id { get; set; }

    /// <summary>Also remove, inside the input's date range, this plan's events (same ExternalId prefix) that are no longer in the input.</summary>
    [Parameter]
    public SwitchParameter Prune { get; set; }

    protected override object? EventId => Id;

    protected override bool PruneRequested => Prune;
}
