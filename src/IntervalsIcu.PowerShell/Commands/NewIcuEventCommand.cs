using System.Management.Automation;
using IntervalsIcu.Core.Events;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuEvent: puts planned workouts, notes, races on the calendar, from parameters or pipeline rows.
/// Rows with an ExternalId are upserts (a re-run changes nothing twice); rows without create new events.
/// </summary>
[Cmdlet(VerbsCommon.New, "IcuEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuEventResult))]
public sealed class NewIcuEventCommand : IcuEventWriterCmdlet
{
}
