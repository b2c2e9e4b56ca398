using System.Management.Automation;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>Disconnect-Icu: forgets the default session (or the one given) and releases its connection.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "Icu")]
[OutputType(typeof(void))]
public sealed class DisconnectIcuCommand : IcuCmdlet
{
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public IcuSession? Session { get; set; }

    protected override void ProcessRecord()
    {
        var current = DefaultSessionStore.Current;
        var session = Session ?? current;
        if (session is null)
        {
            WriteVerbose(Resources.CmdletMessages.NothingToDisconnect);
            return;
        }

        if (ReferenceEquals(session, current))
        {
            DefaultSessionStore.Current = null;
        }

        session.Dispose();
    }
}
