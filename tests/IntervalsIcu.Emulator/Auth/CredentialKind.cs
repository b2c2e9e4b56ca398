namespace IntervalsIcu.Emulator.Auth;

/// <summary>The two credentials the spec defines (securitySchemes <c>APIKey</c> and <c>AccessToken</c>).</summary>
internal enum CredentialKind
{
    /// <summary>A personal key sent as HTTP Basic with the literal user name <c>API_KEY</c>.</summary>
    ApiKey,

    /// <summary>An OAuth access token sent as <c>Bearer</c>.</summary>
    AccessToken,
}
