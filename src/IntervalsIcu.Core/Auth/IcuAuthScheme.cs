namespace IntervalsIcu.Core.Auth;

/// <summary>How the secret is presented to the server.</summary>
public enum IcuAuthScheme
{
    /// <summary>A personal API key, sent as HTTP Basic with the literal user name <c>API_KEY</c>.</summary>
    ApiKey,

    /// <summary>An OAuth access token, sent as <c>Bearer</c>.</summary>
    AccessToken,
}
