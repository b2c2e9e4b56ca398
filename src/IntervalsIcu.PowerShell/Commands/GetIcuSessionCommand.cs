using System.Management.Automation;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>Get-IcuSession: the runspace's default session (athlete, scheme, base URI, key fingerprint), never the key.</summary>
[Cmdlet(VerbsCommon.Get, "IcuSession")]
[OutputType(typeof(IcuSession))]
public sealed class GetIcuSessionCommand : IcuCmdlet
{
    protected override void EndProcessing()
    {
        if (DefaultSessionStore.Current is { } session)
        {
            WriteObject(session);
        }
        else
        {
            WriteVerbose(Resources.CmdletMessages.NotConnected);
        }
    }
}
