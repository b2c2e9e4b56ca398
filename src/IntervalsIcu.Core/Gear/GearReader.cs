using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Gear;

/// <summary>Reads an athlete's gear: bikes, shoes and their components, with distance, time and reminders (api-facts §5.6).</summary>
public static class GearReader
{
    /// <summary>GET /athlete/{id}/gear, streamed: each item reaches the caller as it is read. The id is checked first.</summary>
    public static IAsyncEnumerable<IcuGear> ListAsync(IcuSession session, string? athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = athleteId is null ? session.AthleteId : AthleteId.Check(athleteId).GetValueOrThrow();
        return session.Client.StreamJsonArrayAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", id, "gear")), IcuModelJsonContext.Default.IcuGear, log, cancellationToken);
    }
}
