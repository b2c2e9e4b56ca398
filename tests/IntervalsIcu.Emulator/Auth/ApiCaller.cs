namespace IntervalsIcu.Emulator.Auth;

/// <summary>Who a request's credential resolved to.</summary>
internal sealed record ApiCaller(CredentialKind Kind, string AthleteId, EmulatedAccessToken? AccessToken)
{
    /// <summary>A personal key acts as the athlete and may do everything; a token only what it was granted.</summary>
    public bool HasScope(string scope) => Kind == CredentialKind.ApiKey || (AccessToken?.HasScope(scope) ?? false);
}
