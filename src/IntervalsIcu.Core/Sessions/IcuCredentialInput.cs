using System.Security;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// The credential as the user gave it, in whichever form: an API key, a PSCredential's user name and
/// password, an OAuth access token, or the INTERVALS_ICU_API_KEY environment variable.
/// </summary>
public sealed class IcuCredentialInput
{
    public const string ApiKeyVariable = "INTERVALS_ICU_API_KEY";
    public const string AthleteIdVariable = "INTERVALS_ICU_ATHLETE_ID";

    private readonly Func<List<CredentialIssue>, CheckedInput<IcuCredential>> check;

    private IcuCredentialInput(IcuCredentialSource source, Func<List<CredentialIssue>, CheckedInput<IcuCredential>> check)
    {
        Source = source;
        this.check = check;
    }

    public IcuCredentialSource Source { get; }

    public static IcuCredentialInput FromApiKey(SecureString apiKey) =>
        new(IcuCredentialSource.ApiKey, issues => IcuCredential.Check(apiKey, IcuAuthScheme.ApiKey, issues));

    /// <summary>A key typed at the prompt Connect-Icu shows when nothing else was given.</summary>
    public static IcuCredentialInput FromPrompt(SecureString apiKey) =>
        new(IcuCredentialSource.Prompt, issues => IcuCredential.Check(apiKey, IcuAuthScheme.ApiKey, issues));

    public static IcuCredentialInput FromAccessToken(SecureString token) =>
        new(IcuCredentialSource.AccessToken, issues => IcuCredential.Check(token, IcuAuthScheme.AccessToken, issues));

    public static IcuCredentialInput FromUserNameAndPassword(string? userName, SecureString password) =>
        new(IcuCredentialSource.Credential, issues => IcuCredential.CheckUserNameAndPassword(userName, password, issues));

    /// <summary>The key from INTERVALS_ICU_API_KEY, or null when the variable is unset or blank.</summary>
    public static IcuCredentialInput? FromEnvironment(Func<string, string?>? readVariable = null)
    {
        var value = (readVariable ?? Environment.GetEnvironmentVariable)(ApiKeyVariable);
        return string.IsNullOrWhiteSpace(value)
            ? null
            : new(IcuCredentialSource.EnvironmentVariable, issues => IcuCredential.CheckPlainText(value, IcuAuthScheme.ApiKey, issues));
    }

    /// <summary>The error for "nothing given and nobody to ask", naming both ways to give a key.</summary>
    public static IcuCredentialMissingException Missing() => new(Messages.CredentialMissing, Messages.FixCredentialMissing);

    /// <summary>Checks and cleans the secret; <paramref name="issues"/> receives every finding.</summary>
    public CheckedInput<IcuCredential> Check(List<CredentialIssue> issues) => check(issues);
}
