using System.Management.Automation;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Filtering;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// A cmdlet that lists one athlete's items by name, as Get-Item takes names (Get-IcuGear, Get-IcuSportSetting,
/// Get-IcuWorkoutFolder, Get-IcuWorkout). -AthleteId binds by property name, so athletes, and items that carry
/// their athlete such as folders, can be piped in: one listing per input.
/// </summary>
public abstract class IcuAthleteListCmdlet : IcuSessionCmdlet
{
    /// <summary>A coached athlete's id; by property name, so athletes can be piped in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AthleteId { get; set; }

    /// <summary>
    /// Writes the items of -AthleteId's athlete (the session's by default) that <paramref name="keep"/> accepts
    /// and whose names the wildcard <paramref name="patterns"/> select, then reports each name without wildcards
    /// that matched nothing, through <paramref name="notFound"/> (name, athlete id). After a failed read every
    /// name is unknown, not missing: the failure alone is reported.
    /// </summary>
    internal void WriteSelected<T>(
        IEnumerable<string>? patterns,
        Func<IcuSession, string?, IIcuLog, CancellationToken, IAsyncEnumerable<T>> list,
        Func<T, IEnumerable<string?>> namesOf,
        Func<T, bool> keep,
        Func<string, string, ErrorRecord> notFound)
    {
        var session = ResolveSession();
        var athleteId = AthleteId ?? session.AthleteId;
        var selection = new WildcardSelection(patterns);
        var listed = false;
        ForOneInput(athleteId, () =>
        {
            WriteStream((log, cancel) => selection.SelectFrom(list(session, AthleteId, log, cancel), namesOf, keep, cancel));
            listed = true;
        });

        foreach (var name in listed ? selection.Missing() : [])
        {
            WriteError(notFound(name, athleteId));
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
