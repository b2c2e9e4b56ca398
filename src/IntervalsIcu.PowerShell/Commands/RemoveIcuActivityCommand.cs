using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Remove-IcuActivity: deletes activities, asking first (ConfirmImpact High). The server keeps a
/// tombstone, so the same file cannot be uploaded again until the tombstone is removed.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "IcuActivity", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveIcuActivityCommand : IcuSessionCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    private readonly ItemProgress progress = new(3, "Remove-IcuActivity");

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        foreach (var id in Id ?? [])
        {
            progress.Next(this, id, MyInvocation.ExpectingInput ? null : Id!.Length);
            ForOneInput(id, () =>
            {
                var checkedId = ActivityIds.Check(id);
                if (ShouldProcess(checkedId, ActivityCmdletMessages.DeleteAction))
                {
                    Run((log, cancel) => ActivityWriter.DeleteAsync(session, checkedId, log, cancel));
                }
            });
        }
    }

    protected override void EndProcessing() => progress.Complete(this);
}
