using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// Makes a session: warns about what was corrected, refuses what cannot work, and proves the
/// credential with one read of the athlete unless told to skip. A refusal is explained by the
/// authentication diagnosis, not left as a bare status code.
/// </summary>
public static class IcuConnector
{
    public static async Task<IcuSession> ConnectAsync(
        IcuConnectionSettings settings, bool skipValidation, IcuClientOptions? options, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var correction in settings.Corrections)
        {
            log.Warning(correction);
        }

        settings.ThrowIfInvalid();
        var athleteId = settings.AthleteId.Value!;
        var client = new IcuApiClient(settings.BaseUri.Value!, settings.Credential!.Value!, options);
        if (skipValidation)
        {
            return new IcuSession(client, settings, athleteId, athlete: null, keyAthleteId: null);
        }

        try
        {
            var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId));
            var athlete = await client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuAthlete, log, cancellationToken).ConfigureAwait(false);
            var keyAthleteId = athleteId == AthleteId.Self ? athlete.Id : null;
            return new IcuSession(client, settings, athlete.Id ?? athleteId, athlete, keyAthleteId);
        }
        catch (IcuApiException refusal) when (refusal is IcuAccessDeniedException or IcuAuthenticationException)
        {
            var explained = await AuthDiagnostics.ExplainRefusalAsync(refusal, client, athleteId, log, cancellationToken).ConfigureAwait(false);
            client.Dispose();
            throw explained;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
