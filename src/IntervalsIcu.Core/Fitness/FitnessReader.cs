using System.Runtime.CompilerServices;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Fitness;

/// <summary>
/// Reads the fitness chart for Get-IcuFitness: CTL, ATL and ramp rate live on the wellness records
/// (api-facts §5.3), so this lists wellness with only those fields, one request per year of days
/// (the API has no paging), and turns each day into an <see cref="IcuFitnessDay"/>, oldest first.
/// </summary>
public static class FitnessReader
{
    /// <summary>The fields asked for: the server then sends nothing else and leaves nulls out (api-facts §1).</summary>
    internal const string Fields = "id,ctl,atl,rampRate";

    /// <summary>Every day with a record in [<paramref name="oldest"/>, <paramref name="newest"/>] of the session's athlete.</summary>
    public static async IAsyncEnumerable<IcuFitnessDay> ReadRangeAsync(
        IcuSession session, DateOnly oldest, DateOnly newest, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var (first, last) in WellnessDates.Windows(oldest, newest, WellnessUploadOptions.NarrowReadWindowDays))
        {
            var request = WellnessReader.ListRequest(session, first, last, Fields);
            await foreach (var day in session.Client.StreamJsonArrayAsync(request, IcuModelJsonContext.Default.IcuWellness, log, cancellationToken).ConfigureAwait(false))
            {
                if (day.Id is { } date)
                {
                    yield return new IcuFitnessDay { Date = date, Ctl = day.Ctl, Atl = day.Atl, RampRate = day.RampRate, AthleteId = session.AthleteId };
                }
            }
        }
    }

    /// <summary>
    /// GET /athlete/{id}/athlete-summary: one summary per athlete the session's athlete follows or coaches
    /// (themselves included) over [<paramref name="oldest"/>, <paramref name="newest"/>], with fitness, fatigue,
    /// form and ramp rate and the range's totals; with an OAuth token the server sends only the token's athlete.
    /// </summary>
    public static IAsyncEnumerable<IcuAthleteSummary> ReadSummaryAsync(IcuSession session, DateOnly oldest, DateOnly newest, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var request = IcuRequest.Get(
            IcuRequest.ApiPath("athlete", session.AthleteId, "athlete-summary"),
            ("start", WellnessDates.Text(oldest)),
            ("end", WellnessDates.Text(newest)));
        return session.Client.StreamJsonArrayAsync(request, IcuModelJsonContext.Default.IcuAthleteSummary, log, cancellationToken);
    }
}
