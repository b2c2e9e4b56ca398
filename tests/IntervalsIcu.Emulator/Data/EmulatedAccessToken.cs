namespace IntervalsIcu.Emulator;

/// <summary>An OAuth access token issued to an app acting for <see cref="AthleteId"/> with the granted scopes.</summary>
public sealed record EmulatedAccessToken(string Token, string AthleteId, IReadOnlySet<string> Scopes)
{
    /// <summary>Exact match: the real scopes are upper-case <c>AREA:READ</c>/<c>AREA:WRITE</c> strings (api-facts §2.4).</summary>
    public bool HasScope(string scope) => Scopes.Contains(scope);
}
