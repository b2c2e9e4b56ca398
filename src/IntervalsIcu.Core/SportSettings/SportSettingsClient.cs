using System.Globalization;
using System.Text;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.SportSettings;

/// <summary>
/// An athlete's sport settings (api-facts §5.1): list them, read one by its id or any of its activity
/// types (Ride, Run...), change its thresholds and zones, and apply them to past activities.
/// </summary>
public static class SportSettingsClient
{
    /// <summary>GET /athlete/{athleteId}/sport-settings, streamed. The id is checked first.</summary>
    public static IAsyncEnumerable<IcuSportSettings> ListAsync(IcuSession session, string? athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Client.StreamJsonArrayAsync(IcuRequest.Get(SettingsPath(session, athleteId)), IcuModelJsonContext.Default.IcuSportSettings, log, cancellationToken);
    }

    /// <summary>GET /athlete/{athleteId}/sport-settings/{idOrType}; none for that sport is <see cref="SportSettingsErrorIds.SportSettingsNotFound"/>.</summary>
    public static async Task<IcuSportSettings> GetAsync(IcuSession session, string? athleteId, string idOrType, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(idOrType);
        var path = SettingsPath(session, athleteId, idOrType);
        try
        {
            return await session.Client.GetJsonAsync(IcuRequest.Get(path), IcuModelJsonContext.Default.IcuSportSettings, log, cancellationToken).ConfigureAwait(false);
        }
        catch (IcuNotFoundException notFound)
        {
            throw IcuSportSettingsException.NotFound(idOrType, athleteId ?? session.AthleteId, notFound);
        }
    }

    /// <summary>
    /// PUT /athlete/{athleteId}/sport-settings/{id}?recalcHrZones=…: only the edit's fields are sent. The
    /// flag is marked required by the spec and defaulted by the server, so it is always sent (api-facts §7).
    /// </summary>
    public static async Task<IcuSportSettings> UpdateAsync(IcuSession session, string? athleteId, int settingsId, SportSettingsEdit edit, bool recalculateHrZones, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(edit);
        var json = edit.ToJson().ToJsonString();
        var request = new IcuRequest(HttpMethod.Put, SettingsPath(session, athleteId, Id(settingsId)))
        {
            Query = [new("recalcHrZones", recalculateHrZones ? "true" : "false")],
            Content = () => new StringContent(json, Encoding.UTF8, "application/json"),
        };
        try
        {
            return await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuSportSettings, log, cancellationToken).ConfigureAwait(false);
        }
        catch (IcuNotFoundException notFound)
        {
            throw IcuSportSettingsException.NotFound(Id(settingsId), athleteId ?? session.AthleteId, notFound);
        }
    }

    /// <summary>
    /// PUT /athlete/{athleteId}/sport-settings/{id}/apply: the server re-zones every past activity of the
    /// settings' types (thresholds, zones, load) in the background; the call returns before that is done.
    /// </summary>
    public static async Task ApplyToActivitiesAsync(IcuSession session, string? athleteId, int settingsId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var request = new IcuRequest(HttpMethod.Put, SettingsPath(session, athleteId, Id(settingsId), "apply"));
        try
        {
            using var response = await session.Client.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
        }
        catch (IcuNotFoundException notFound)
        {
            throw IcuSportSettingsException.NotFound(Id(settingsId), athleteId ?? session.AthleteId, notFound);
        }
    }

    private static string Id(int settingsId) => settingsId.ToString(CultureInfo.InvariantCulture);

    private static string SettingsPath(IcuSession session, string? athleteId, params string[] rest)
    {
        var id = athleteId is null ? session.AthleteId : AthleteId.Check(athleteId).GetValueOrThrow();
        return IcuRequest.ApiPath(["athlete", id, "sport-settings", .. rest]);
    }
}
