using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Complete-IcuEvent: marks planned workouts done; the server creates a manual activity paired with
/// each, which this writes.
/// </summary>
[Cmdlet(VerbsLifecycle.Complete, "IcuEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuActivity))]
public sealed class CompleteIcuEventCommand : IcuAthleteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("EventId")]
    public int[]? Id { get; set; }


    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        foreach (var id in Id ?? [])
        {
            if (ShouldProcess(id.ToString(CultureInfo.InvariantCulture), EventCmdletMessages.CompleteAction))
            {
                ForOneInput(id, () =>
                {
                    if (Run((log, cancel) => EventCalendar.MarkDoneAsync(session, id, log, cancel)) is { } activity)
                    {
                        WriteRecord(activity);
                    }
                });
            }
        }
    }
}
