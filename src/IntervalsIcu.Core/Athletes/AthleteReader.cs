using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Athletes;

/// <summary>Reads athletes: one with sport settings, or the list a coach follows.</summary>
public static class AthleteReader
{
    /// <summary>GET /athlete/{id}: the athlete with sportSettings and custom_items; the id is checked first.</summary>
    public static Task<IcuAthlete> GetAsync(IcuSession session, string athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = AthleteId.Check(athleteId).GetValueOrThrow();
        return session.Client.GetJsonAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", id)), IcuModelJsonContext.Default.IcuAthlete, log, cancellationToken);
    }

    /// <summary>GET /athletes: the caller and every athlete it coaches or follows. API keys only; a Bearer token gets 403.</summary>
    public static IAsyncEnumerable<IcuCoachedAthlete> ListCoachedAsync(IcuSession session, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Client.StreamJsonArrayAsync(IcuRequest.Get(IcuRequest.ApiPath("athletes")), IcuModelJsonContext.Default.IcuCoachedAthlete, log, cancellationToken);
    }
}
