using System.Globalization;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;
using static IntervalsIcu.Core.Diagnostics.AuthCheckNames;

namespace IntervalsIcu.Core.Diagnostics;

/// <summary>The checks that need no server: what the user gave, read the way the forum's failures teach (api-forum-facts §1–2).</summary>
internal static class LocalChecks
{
    private static readonly CredentialIssueKind[] CleanlinessKinds =
    [
        CredentialIssueKind.SurroundingWhitespace, CredentialIssueKind.SurroundingNewline, CredentialIssueKind.SurroundingQuotes,
        CredentialIssueKind.PastedUserPasswordPair, CredentialIssueKind.PastedBasicHeader, CredentialIssueKind.PastedBearerHeader,
        CredentialIssueKind.InnerWhitespace, CredentialIssueKind.MalformedBasicHeader,
    ];

    private static readonly CredentialIssueKind[] UserNameKinds =
        [CredentialIssueKind.SwappedUserNameAndPassword, CredentialIssueKind.UserNameIgnored];

    public static IEnumerable<IcuAuthCheck> Run(IcuConnectionSettings settings)
    {
        if (settings.Credential is null)
        {
            yield return new(CredentialPresent, IcuCheckResult.Fail, Messages.CredentialMissing, Messages.FixCredentialMissing);
        }
        else
        {
            yield return new(CredentialPresent, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckCredentialPresent, Describe(settings.Source)));
            yield return FromIssues(KeyCleanliness, settings.CredentialIssues, CleanlinessKinds, Messages.CheckKeyClean);
            yield return FromIssues(KeyShape, settings.CredentialIssues, Except(CleanlinessKinds, UserNameKinds), Messages.CheckKeyShapeFine);
            yield return settings.Source == IcuCredentialSource.Credential
                ? FromIssues(CredentialUserName, settings.CredentialIssues, UserNameKinds, Messages.CheckUserNameLiteral)
                : new(CredentialUserName, IcuCheckResult.Skip, Messages.CheckUserNameNotApplicable);
        }

        yield return BaseUriCheck(settings.BaseUri);
        yield return FromInput(AthleteIdFormat, settings.AthleteId, id => string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteIdFine, id));
        yield return ProxyCheck(settings.BaseUri.Value);
    }

    private static IcuAuthCheck FromIssues(string name, IReadOnlyList<CredentialIssue> all, IReadOnlyCollection<CredentialIssueKind> kinds, string passMessage)
    {
        var found = all.Where(i => kinds.Contains(i.Kind)).ToList();
        if (found.Count == 0)
        {
            return new(name, IcuCheckResult.Pass, passMessage);
        }

        var problems = found.Where(i => i.IsProblem).ToList();
        var shown = problems.Count > 0 ? problems : found;
        return new(
            name,
            problems.Count > 0 ? IcuCheckResult.Fail : IcuCheckResult.Warn,
            string.Join(" ", shown.Select(i => i.Message)),
            string.Join(" ", shown.Select(i => i.Fix).Distinct()));
    }

    private static IcuAuthCheck BaseUriCheck(CheckedInput<Uri> baseUri)
    {
        var check = FromInput(BaseUri, baseUri, uri => string.Format(CultureInfo.InvariantCulture, Messages.CheckBaseUriFine, uri.GetLeftPart(UriPartial.Authority)));
        if (check.Result == IcuCheckResult.Pass && baseUri.Value is { } uri && !IcuBaseUri.IsCanonical(uri) && !uri.IsLoopback)
        {
            return check with
            {
                Result = IcuCheckResult.Warn,
                Observed = string.Format(CultureInfo.InvariantCulture, Messages.CheckBaseUriNotCanonical, uri.Host),
                Fix = Messages.FixBaseUriNotCanonical,
            };
        }

        return check;
    }

    private static IcuAuthCheck FromInput<T>(string name, CheckedInput<T> input, Func<T, string> describe)
        where T : notnull
    {
        if (input.Problem is { } problem)
        {
            return new(name, IcuCheckResult.Fail, problem.Message, problem.FixHint);
        }

        var observed = describe(input.Value!);
        return input.Corrections.Count == 0
            ? new(name, IcuCheckResult.Pass, observed)
            : new(name, IcuCheckResult.Warn, observed + " " + string.Join(" ", input.Corrections), Messages.FixCorrectedInput);
    }

    private static IcuAuthCheck ProxyCheck(Uri? baseUri)
    {
        if (baseUri is null)
        {
            return new(Proxy, IcuCheckResult.Skip, Messages.CheckSkippedNoBaseUri);
        }

        if (baseUri.IsLoopback)
        {
            // What the connection really does: loopback is never sent through a proxy (see IcuApiClient).
            return new(Proxy, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckNoProxyLoopback, baseUri.Host));
        }

        var proxy = HttpClient.DefaultProxy.GetProxy(baseUri);
        if (proxy is null || proxy == baseUri || HttpClient.DefaultProxy.IsBypassed(baseUri))
        {
            return new(Proxy, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckNoProxy, baseUri.Host));
        }

        // Only host and port: a proxy address may carry its own user name and password.
        return new(Proxy, IcuCheckResult.Pass, string.Format(CultureInfo.InvariantCulture, Messages.CheckViaProxy, baseUri.Host, proxy.GetLeftPart(UriPartial.Authority).Replace(proxy.UserInfo + "@", string.Empty, StringComparison.Ordinal)));
    }

    private static string Describe(IcuCredentialSource? source) => source switch
    {
        IcuCredentialSource.ApiKey => Messages.SourceApiKey,
        IcuCredentialSource.Credential => Messages.SourceCredential,
        IcuCredentialSource.AccessToken => Messages.SourceAccessToken,
        IcuCredentialSource.EnvironmentVariable => Messages.SourceEnvironment,
        IcuCredentialSource.Prompt => Messages.SourcePrompt,
        _ => "?",
    };

    private static CredentialIssueKind[] Except(CredentialIssueKind[] first, CredentialIssueKind[] second) =>
        Enum.GetValues<CredentialIssueKind>().Except(first).Except(second).ToArray();
}
