using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// -AthleteId: the same connection working on another athlete (one the key's owner coaches). The
/// athlete is read once, so "today" is that athlete's and a refusal gets Test-IcuAuth's diagnosis
/// (the live checks) instead of a bare 403. The view shares the session's client and must not be
/// disposed on its own.
/// </summary>
public static class AthleteSessions
{
    public static async Task<IcuSession> ForAthleteAsync(IcuSession session, string? athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (string.IsNullOrWhiteSpace(athleteId))
        {
            return session;
        }

        var id = AthleteId.Check(athleteId).GetValueOrThrow();
        if (id == session.AthleteId || (id == AthleteId.Self && session.KeyAthleteId == session.AthleteId))
        {
            return session;
        }

        try
        {
            var athlete = await session.Client.GetJsonAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", id)), IcuModelJsonContext.Default.IcuAthlete, log, cancellationToken).ConfigureAwait(false);
            return new IcuSession(session.Client, session.Settings, athlete.Id ?? id, athlete, session.KeyAthleteId);
        }
        catch (IcuApiException refusal) when (refusal is IcuAccessDeniedException)
        {
            throw await AuthDiagnostics.ExplainRefusalAsync(refusal, session.Client, id, log, cancellationToken).ConfigureAwait(false);
        }
    }
}
