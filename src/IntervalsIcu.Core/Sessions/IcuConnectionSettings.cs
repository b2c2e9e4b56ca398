using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Input;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// Everything a connection is made of, each part checked: the credential (with every hygiene finding),
/// the base URI and the athlete id. A session keeps it so Test-IcuAuth can explain the session later.
/// </summary>
public sealed class IcuConnectionSettings
{
    private IcuConnectionSettings(
        IcuCredentialSource? source,
        CheckedInput<IcuCredential>? credential,
        IReadOnlyList<CredentialIssue> credentialIssues,
        CheckedInput<Uri> baseUri,
        CheckedInput<string> athleteId)
    {
        Source = source;
        Credential = credential;
        CredentialIssues = credentialIssues;
        BaseUri = baseUri;
        AthleteId = athleteId;
    }

    /// <summary>Null when no credential was given at all.</summary>
    public IcuCredentialSource? Source { get; }

    public CheckedInput<IcuCredential>? Credential { get; }

    public IReadOnlyList<CredentialIssue> CredentialIssues { get; }

    public CheckedInput<Uri> BaseUri { get; }

    public CheckedInput<string> AthleteId { get; }

    /// <summary>What was corrected on the way in; each deserves a warning.</summary>
    public IEnumerable<string> Corrections =>
        (Credential?.Corrections ?? []).Concat(BaseUri.Corrections).Concat(AthleteId.Corrections);

    public static IcuConnectionSettings Check(IcuCredentialInput? credential, string? athleteId, string? baseUri)
    {
        var issues = new List<CredentialIssue>();
        return new IcuConnectionSettings(
            credential?.Source,
            credential?.Check(issues),
            issues,
            IcuBaseUri.Check(baseUri),
            Input.AthleteId.Check(athleteId));
    }

    /// <summary>Throws the first problem: a missing or impossible credential, an unsafe or wrong base URI, a malformed athlete id.</summary>
    public void ThrowIfInvalid()
    {
        if (Credential is null)
        {
            throw IcuCredentialInput.Missing();
        }

        Credential.GetValueOrThrow();
        BaseUri.GetValueOrThrow();
        AthleteId.GetValueOrThrow();
    }
}
