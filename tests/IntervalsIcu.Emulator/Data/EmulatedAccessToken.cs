namespace IntervalsIcu.Emulator;

/// <summary>
/// An OAuth access token issued to the app <see cref="ClientId"/> acting for <see cref="AthleteId"/> with
/// the granted scopes. The app matters for <c>external_id</c>: upserts and deletes by it only see the
/// events and activities the same app created (api-facts §5.4).
/// </summary>
public sealed record EmulatedAccessToken(string Token, string AthleteId, IReadOnlySet<string> Scopes, int ClientId = EmulatedAccessToken.DemoClientId)
{
    /// <summary>The OAuth application of the demo tokens.</summary>
    public const int DemoClientId = 1001;

    /// <summary>Exact match: the real scopes are upper-case <c>AREA:READ</c>/<c>AREA:WRITE</c> strings (api-facts §2.4).</summary>
    public bool HasScope(string scope) => Scopes.Contains(scope);
}
