using System.Text;
using IntervalsIcu.Emulator.Responses;

namespace IntervalsIcu.Emulator.Auth;

/// <summary>
/// Turns an Authorization header into a caller, or into the exact status the real server answers.
/// Each rule names its source; the 401/403 split follows what users observed (api-facts §2–3).
/// </summary>
internal sealed class CredentialAuthenticator(EmulatorState state)
{
    public const string ApiKeyUserName = "API_KEY";
    private const string BasicPrefix = "Basic ";
    private const string BearerPrefix = "Bearer ";

    public AuthenticationResult Authenticate(string? authorizationHeader)
    {
        // No credentials at all: 401 (api-facts §3, "no usable credentials").
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return Unauthorized();
        }

        // Scheme names are case-insensitive in HTTP (RFC 9110 §11.1), as in Spring's own parsers.
        if (authorizationHeader.StartsWith(BasicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBasic(authorizationHeader[BasicPrefix.Length..]);
        }

        if (authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBearer(authorizationHeader[BearerPrefix.Length..].Trim());
        }

        // Any other scheme, e.g. the invented "ApiKey API_KEY:<key>" (api-facts §2.1), is no credential: 401.
        return Unauthorized();
    }

    private AuthenticationResult AuthenticateBasic(string encodedCredentials)
    {
        // Bad base64: 500 carrying Java's IllegalArgumentException text (api-facts §3; forum t/609 post 355).
        if (!JavaBase64Decoder.TryDecode(encodedCredentials, out var decoded, out var decodeError))
        {
            return AuthenticationResult.Failure(
                StatusCodes.Status500InternalServerError, "java.lang.IllegalArgumentException: " + decodeError);
        }

        var credentials = Encoding.UTF8.GetString(decoded);
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // No "user:password" pair is no usable credential: 401 (inference, as Spring Security treats it).
            return Unauthorized();
        }

        var userName = credentials[..colon];
        var password = credentials[(colon + 1)..];

        // The user name must be the literal API_KEY, case-sensitive; the key or the athlete id there is 403
        // (api-facts §2.1; forum t/609 page 29, t/123106, FAQ t/123707 post 4).
        if (!string.Equals(userName, ApiKeyUserName, StringComparison.Ordinal))
        {
            return AccessDenied();
        }

        // "curl -u API_KEY:" with an empty password: 401 (forum t/123106).
        if (password.Length == 0)
        {
            return Unauthorized();
        }

        // Unknown, mistyped (stray space or quote) or regenerated key: 403 (api-facts §3; forum t/123106).
        var athleteId = state.FindAthleteIdByApiKey(password);
        return athleteId is null
            ? AccessDenied()
            : AuthenticationResult.Success(new ApiCaller(CredentialKind.ApiKey, athleteId, null));
    }

    private AuthenticationResult AuthenticateBearer(string token)
    {
        if (token.Length == 0)
        {
            return Unauthorized();
        }

        var accessToken = state.FindAccessToken(token);
        if (accessToken is not null)
        {
            return AuthenticationResult.Success(new ApiCaller(CredentialKind.AccessToken, accessToken.AthleteId, accessToken));
        }

        // A personal key sent as a bearer token: 403 Access denied (api-facts §3; forum t/609 post 480).
        if (state.FindAthleteIdByApiKey(token) is not null)
        {
            return AccessDenied();
        }

        // An unknown or revoked token: 401, as the spec documents for disconnect-app (api-facts §2.3).
        return Unauthorized();
    }

    private static AuthenticationResult Unauthorized() =>
        AuthenticationResult.Failure(StatusCodes.Status401Unauthorized, ApiErrorBody.Unauthorized);

    private static AuthenticationResult AccessDenied() =>
        AuthenticationResult.Failure(StatusCodes.Status403Forbidden, ApiErrorBody.AccessDenied);
}
