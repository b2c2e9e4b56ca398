using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Resources;
using IntervalsIcu.PowerShell.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>A cmdlet that talks to the API: it takes -Session or uses the runspace's default from Connect-Icu.</summary>
public abstract class IcuSessionCmdlet : IcuCmdlet
{
    /// <summary>The session to use instead of the default one of Connect-Icu.</summary>
    [Parameter]
    [ValidateNotNull]
    public IcuSession? Session { get; set; }

    protected IcuSession ResolveSession()
    {
        var session = Session ?? DefaultSessionStore.Current;
        if (session is null)
        {
            ThrowIcuError(new IcuNotConnectedException(CmdletMessages.NotConnected, CmdletMessages.FixNotConnected), null);
        }
        else if (session.State == IcuSessionState.Closed)
        {
            ThrowIcuError(IcuNotConnectedException.SessionClosed(), session);
        }

        return session!;
    }
}
