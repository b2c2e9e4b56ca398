using System.Management.Automation;
using System.Security;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// The parameter sets that name a credential, shared by Connect-Icu and Test-IcuAuth so both accept
/// exactly the same forms: a SecureString key, a PSCredential (user API_KEY, key as password), or an
/// OAuth token. There is deliberately no plain-string key parameter.
/// </summary>
internal static class CredentialParameters
{
    public const string ApiKeySet = "ApiKey";
    public const string CredentialSet = "Credential";
    public const string AccessTokenSet = "AccessToken";

    /// <summary>The input the user gave on the command line, or null when none.</summary>
    public static IcuCredentialInput? FromParameters(SecureString? apiKey, PSCredential? credential, SecureString? accessToken)
    {
        if (apiKey is not null)
        {
            return IcuCredentialInput.FromApiKey(apiKey);
        }

        if (credential is not null)
        {
            return IcuCredentialInput.FromUserNameAndPassword(credential.UserName, credential.Password);
        }

        return accessToken is not null ? IcuCredentialInput.FromAccessToken(accessToken) : null;
    }

    /// <summary>-AthleteId when given, else INTERVALS_ICU_ATHLETE_ID for unattended runs.</summary>
    public static string? AthleteIdOrEnvironment(string? athleteId) =>
        athleteId ?? Environment.GetEnvironmentVariable(IcuCredentialInput.AthleteIdVariable);
}
