using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Filtering;
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

    /// <summary>
    /// Lists one athlete's items (gear, sport settings, ...) as Get-Item takes names: writes those that
    /// <paramref name="keep"/> accepts and whose names the wildcard <paramref name="patterns"/> select, then
    /// reports each name without wildcards that matched nothing. After a failed read every name is unknown,
    /// not missing: the failure alone is reported.
    /// </summary>
    internal void WriteSelected<T>(
        IEnumerable<string>? patterns,
        string athleteId,
        Func<IIcuLog, CancellationToken, IAsyncEnumerable<T>> list,
        Func<T, IEnumerable<string?>> namesOf,
        Func<T, bool> keep,
        Func<string, ErrorRecord> notFound)
    {
        var selection = new WildcardSelection(patterns);
        var listed = false;
        ForOneInput(athleteId, () =>
        {
            WriteStream((log, cancel) => selection.SelectFrom(list(log, cancel), namesOf, keep, cancel));
            listed = true;
        });

        foreach (var name in listed ? selection.Missing() : [])
        {
            WriteError(notFound(name));
        }
    }

    /// <summary>
    /// The error of a name without wildcards that matched nothing in a listing, as Get-Item's: an
    /// ItemNotFoundException with the name as target, the stable <paramref name="errorId"/> and the fix.
    /// </summary>
    internal static ErrorRecord NameNotFound(string name, string errorId, string message, string fix) =>
        new(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, name)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = fix },
        };
}
