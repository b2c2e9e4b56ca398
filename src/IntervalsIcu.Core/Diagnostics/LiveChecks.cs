using System.Globalization;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;
using static IntervalsIcu.Core.Diagnostics.AuthCheckNames;

namespace IntervalsIcu.Core.Diagnostics;

/// <summary>
/// The checks that ask the server, read-only: is it reachable, is the credential accepted, was a key
/// sent as Bearer (or a token as a key), does the athlete id belong to the key, and for OAuth tokens
/// which areas are readable. Nothing here writes.
/// </summary>
internal sealed class LiveChecks
{
    private readonly IcuApiClient client;
    private readonly Func<IcuCredential, IcuApiClient> clientFor;
    private readonly IIcuLog log;
    private readonly CancellationToken cancellationToken;
    private readonly List<IcuAuthCheck> checks = [];

    private LiveChecks(IcuApiClient client, Func<IcuCredential, IcuApiClient> clientFor, IIcuLog log, CancellationToken cancellationToken)
    {
        this.client = client;
        this.clientFor = clientFor;
        this.log = log;
        this.cancellationToken = cancellationToken;
    }

    private static IReadOnlyList<string> SkippableNames { get; } =
        [ServerReachable, KeyAccepted, AuthScheme, AthleteIdMatchesKey, ActivitiesReadable, WellnessReadable, CalendarReadable, WriteScopes];

    /// <param name="clientFor">Makes a client for the same server with another credential (the swapped-scheme probe).</param>
    public static async Task<IReadOnlyList<IcuAuthCheck>> RunAsync(
        IcuApiClient client, string athleteId, Func<IcuCredential, IcuApiClient> clientFor, IIcuLog log, CancellationToken cancellationToken)
    {
        var run = new LiveChecks(client, clientFor, log, cancellationToken);
        await run.RunAsync(athleteId).ConfigureAwait(false);
        return run.checks;
    }

    /// <summary>Every live check, skipped for one reason (no credential, unusable base URI).</summary>
    public static IEnumerable<IcuAuthCheck> AllSkipped(string reason) =>
        SkippableNames.Select(name => new IcuAuthCheck(name, IcuCheckResult.Skip, reason));

    private async Task RunAsync(string athleteId)
    {
        var scheme = client.Credential.Scheme;
        var (own, failure) = await TryGetAthleteAsync(client, AthleteId.Self).ConfigureAwait(false);
        if (failure is IcuNetworkException network)
        {
            Add(ServerReachable, IcuCheckResult.Fail, network.Message, network.FixHint);
            SkipRest(Messages.CheckSkippedUnreachable);
            return;
        }

        if (failure is IcuUnexpectedResponseException or IcuNotFoundException)
        {
            Add(ServerReachable, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, Messages.CheckNotTheApi, client.BaseUri.GetLeftPart(UriPartial.Authority), failure.Message), failure.FixHint);
            SkipRest(Messages.CheckSkippedUnreachable);
            return;
        }

        Add(ServerReachable, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckReachable, client.BaseUri.GetLeftPart(UriPartial.Authority)));
        if (failure is IcuAuthenticationException or IcuAccessDeniedException)
        {
            await DiagnoseRefusalAsync(failure).ConfigureAwait(false);
            return;
        }

        if (own is null)
        {
            // 500, 502, 429, 422…: the server could not answer, which says nothing about the key.
            Add(KeyAccepted, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, Messages.CheckServerFailed, failure!.Message), failure.FixHint);
            SkipRest(Messages.CheckSkippedServerFailed);
            return;
        }

        Add(KeyAccepted, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckKeyAccepted, Noun(scheme), client.Credential.Fingerprint, own.Id, own.Name));
        Add(AuthScheme, IcuCheckResult.Pass, scheme == IcuAuthScheme.ApiKey ? Messages.CheckSchemeBasic : Messages.CheckSchemeBearer);
        var target = await CheckAthleteIdAsync(athleteId, own).ConfigureAwait(false);
        await CheckScopesAsync(scheme, target, own.Timezone).ConfigureAwait(false);
    }

    private async Task DiagnoseRefusalAsync(IcuApiException refusal)
    {
        var scheme = client.Credential.Scheme;
        var other = scheme == IcuAuthScheme.ApiKey ? IcuAuthScheme.AccessToken : IcuAuthScheme.ApiKey;
        using var swapped = clientFor(client.Credential.WithScheme(other));
        var (athlete, _) = await TryGetAthleteAsync(swapped, AthleteId.Self).ConfigureAwait(false);
        if (athlete is not null)
        {
            // The same secret works the other way: a personal key sent as Bearer, or a token given as a key.
            var observed = other == IcuAuthScheme.ApiKey ? Messages.CheckKeySentAsBearer : Messages.CheckTokenSentAsKey;
            var fix = other == IcuAuthScheme.ApiKey ? Messages.FixKeySentAsBearer : Messages.FixTokenSentAsKey;
            Add(KeyAccepted, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, observed, refusal.StatusCode, athlete.Id), fix);
            Add(AuthScheme, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, observed, refusal.StatusCode, athlete.Id), fix);
            SkipRest(Messages.CheckSkippedRefused);
            return;
        }

        var (message, keyFix) = refusal.StatusCode == 401
            ? (Messages.CheckRefused401, scheme == IcuAuthScheme.ApiKey ? Messages.FixRefused401 : Messages.FixTokenRefused)
            : (Messages.CheckRefused403, scheme == IcuAuthScheme.ApiKey ? Messages.FixRefused403 : Messages.FixTokenRefused);
        Add(KeyAccepted, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, message, Noun(scheme), client.Credential.Fingerprint, refusal.ServerMessage ?? "-"), keyFix);
        Add(AuthScheme, IcuCheckResult.Pass, scheme == IcuAuthScheme.ApiKey ? Messages.CheckSchemeBasic : Messages.CheckSchemeBearer);
        SkipRest(Messages.CheckSkippedRefused);
    }

    /// <summary>Returns the athlete whose data the session will read: the given one when accessible, else the key's own.</summary>
    private async Task<IcuAthlete> CheckAthleteIdAsync(string athleteId, IcuAthlete own)
    {
        if (athleteId == AthleteId.Self || athleteId == own.Id)
        {
            Add(AthleteIdMatchesKey, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteIsOwn, athleteId, own.Id));
            return own;
        }

        var (target, failure) = await TryGetAthleteAsync(client, athleteId).ConfigureAwait(false);
        if (target is not null)
        {
            Add(AthleteIdMatchesKey, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteCoached, athleteId, target.Name, own.Id));
            return target;
        }

        if (AthleteId.IsAllDigits(athleteId) && own.Id == "i" + athleteId)
        {
            Add(AthleteIdMatchesKey, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteMissingI, own.Id, athleteId), string.Format(CultureInfo.InvariantCulture, Messages.FixAthleteMissingI, own.Id));
        }
        else if (failure is IcuAccessDeniedException or IcuAuthenticationException or IcuNotFoundException)
        {
            Add(AthleteIdMatchesKey, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteNotKeys, own.Id, athleteId, failure.StatusCode), string.Format(CultureInfo.InvariantCulture, Messages.FixAthleteNotKeys, own.Id));
        }
        else
        {
            Add(AthleteIdMatchesKey, IcuCheckResult.Fail, failure!.Message, failure.FixHint);
        }

        return own;
    }

    private async Task CheckScopesAsync(IcuAuthScheme scheme, IcuAthlete athlete, string? timeZone)
    {
        if (scheme == IcuAuthScheme.ApiKey)
        {
            foreach (var name in new[] { ActivitiesReadable, WellnessReadable, CalendarReadable, WriteScopes })
            {
                Add(name, IcuCheckResult.Skip, Messages.CheckScopesKey);
            }

            return;
        }

        var today = AthleteClock.Today(timeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = athlete.Id ?? AthleteId.Self;
        await ProbeAsync(ActivitiesReadable, "ACTIVITY:READ", IcuRequest.Get(IcuRequest.ApiPath("athlete", id, "activities"), ("oldest", today), ("newest", today))).ConfigureAwait(false);
        await ProbeAsync(WellnessReadable, "WELLNESS:READ", IcuRequest.Get(IcuRequest.ApiPath("athlete", id, "wellness"), ("oldest", today), ("newest", today))).ConfigureAwait(false);
        await ProbeAsync(CalendarReadable, "CALENDAR:READ", IcuRequest.Get(IcuRequest.ApiPath("athlete", id, "events"), ("oldest", today), ("newest", today))).ConfigureAwait(false);
        Add(WriteScopes, IcuCheckResult.Skip, Messages.CheckWriteScopes);
    }

    private async Task ProbeAsync(string name, string scope, IcuRequest request)
    {
        try
        {
            using var response = await client.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            Add(name, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckScopeReadable, scope));
        }
        catch (IcuException failure) when (failure is IcuAccessDeniedException or IcuAuthenticationException)
        {
            Add(name, IcuCheckResult.Fail, string.Format(CultureInfo.InvariantCulture, Messages.CheckScopeMissing, scope), string.Format(CultureInfo.InvariantCulture, Messages.FixScopeMissing, scope));
        }
        catch (IcuException failure)
        {
            Add(name, IcuCheckResult.Warn, failure.Message, failure.FixHint);
        }
    }

    private async Task<(IcuAthlete? Athlete, IcuApiException? Failure)> TryGetAthleteAsync(IcuApiClient via, string athleteId)
    {
        try
        {
            var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId));
            return (await via.GetJsonAsync(request, IcuModelJsonContext.Default.IcuAthlete, log, cancellationToken).ConfigureAwait(false), null);
        }
        catch (IcuApiException failure)
        {
            return (null, failure);
        }
    }

    private void SkipRest(string reason)
    {
        foreach (var name in SkippableNames.Where(n => !checks.Exists(c => c.Name == n)))
        {
            Add(name, IcuCheckResult.Skip, reason);
        }
    }

    private void Add(string name, IcuCheckResult result, string observed, string? fix = null) => checks.Add(new(name, result, observed, fix));

    private static string Noun(IcuAuthScheme scheme) => scheme == IcuAuthScheme.ApiKey ? Messages.NounKey : Messages.NounToken;
}
