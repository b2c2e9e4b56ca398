using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// A cmdlet that reads or writes one athlete's data: -AthleteId works on a coached athlete through the
/// same session. The session for that athlete is made once per athlete id and command.
/// </summary>
public abstract class IcuAthleteCmdlet : IcuSessionCmdlet
{
    private readonly Dictionary<string, IcuSession> athleteSessions = new(StringComparer.Ordinal);

    /// <summary>
    /// The athlete to work on: 0 or your own id, or an athlete you coach. Default: the session's athlete.
    /// Not bound from the pipeline: these cmdlets use one session for the whole command, so a per-row
    /// value could not be honoured (New-/Set-IcuEvent and New-IcuActivity route rows themselves).
    /// </summary>
    [Parameter]
    public string? AthleteId { get; set; }

    /// <summary>The session, for the athlete of -AthleteId when given; a refusal stops the command with Test-IcuAuth's diagnosis.</summary>
    protected new IcuSession ResolveSession()
    {
        var session = base.ResolveSession();
        if (string.IsNullOrWhiteSpace(AthleteId))
        {
            return session;
        }

        if (!athleteSessions.TryGetValue(AthleteId, out var forAthlete))
        {
            try
            {
                forAthlete = Run((log, cancel) => AthleteSessions.ForAthleteAsync(session, AthleteId, log, cancel));
            }
            catch (IcuException exception)
            {
                ThrowIcuError(exception, AthleteId);
            }

            athleteSessions[AthleteId] = forAthlete!;
        }

        return forAthlete!;
    }
}
