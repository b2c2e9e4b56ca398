using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Diagnostics;

/// <summary>
/// The authentication diagnosis behind Test-IcuAuth and Connect-Icu's failure messages: local checks
/// of what the user gave, then read-only calls that name the exact cause of a 401 or 403.
/// </summary>
public static class AuthDiagnostics
{
    /// <summary>Diagnoses settings that need not form a session yet (Test-IcuAuth with explicit parameters).</summary>
    public static async Task<IReadOnlyList<IcuAuthCheck>> RunAsync(IcuConnectionSettings settings, IcuClientOptions? options, IIcuLog log, CancellationToken cancellationToken)
    {
        var checks = LocalChecks.Run(settings).ToList();
        var credential = settings.Credential?.Value;
        var baseUri = settings.BaseUri.Value;
        if (credential is null || baseUri is null || settings.AthleteId.Value is null)
        {
            checks.AddRange(LiveChecks.AllSkipped(Messages.CheckSkippedLocalFailure));
            return checks;
        }

        using var client = new IcuApiClient(baseUri, credential, options);
        checks.AddRange(await LiveChecks.RunAsync(client, settings.AthleteId.Value, c => new IcuApiClient(baseUri, c, options), log, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    /// <summary>Diagnoses a connected session with its own client and settings.</summary>
    public static async Task<IReadOnlyList<IcuAuthCheck>> RunAsync(IcuSession session, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var checks = LocalChecks.Run(session.Settings).ToList();
        var athleteId = session.Settings.AthleteId.Value ?? session.AthleteId;
        checks.AddRange(await LiveChecks.RunAsync(session.Client, athleteId, c => new IcuApiClient(session.BaseUri, c, session.Client.Options), log, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    /// <summary>True when nothing failed: what Test-IcuAuth -Quiet returns.</summary>
    public static bool Passed(IEnumerable<IcuAuthCheck> checks) => checks.All(c => c.Result != IcuCheckResult.Fail);

    /// <summary>
    /// Rebuilds a 401/403 from a connection attempt with the diagnosis's first failure in the message
    /// and its fix as the hint, so the user reads the cause, not only the status code.
    /// </summary>
    internal static async Task<IcuApiException> ExplainRefusalAsync(IcuApiException refusal, IcuApiClient client, string athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        var checks = await LiveChecks.RunAsync(client, athleteId, c => new IcuApiClient(client.BaseUri, c, client.Options), log, cancellationToken).ConfigureAwait(false);
        var cause = checks.FirstOrDefault(c => c.Result == IcuCheckResult.Fail);
        if (cause is null)
        {
            return refusal;
        }

        var failure = refusal.Failure with { Diagnosis = cause.Observed };
        var fix = cause.Fix ?? refusal.FixHint;
        return refusal switch
        {
            IcuAccessDeniedException => new IcuAccessDeniedException(failure, fix, refusal),
            IcuAuthenticationException => new IcuAuthenticationException(failure, fix, refusal),
            _ => refusal,
        };
    }
}
