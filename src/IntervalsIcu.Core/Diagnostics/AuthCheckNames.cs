namespace IntervalsIcu.Core.Diagnostics;

/// <summary>The checks' names: public contract, scripts filter on them.</summary>
public static class AuthCheckNames
{
    public const string CredentialPresent = nameof(CredentialPresent);
    public const string KeyCleanliness = nameof(KeyCleanliness);
    public const string KeyShape = nameof(KeyShape);
    public const string CredentialUserName = nameof(CredentialUserName);
    public const string BaseUri = nameof(BaseUri);
    public const string AthleteIdFormat = nameof(AthleteIdFormat);
    public const string Proxy = nameof(Proxy);
    public const string ServerReachable = nameof(ServerReachable);
    public const string KeyAccepted = nameof(KeyAccepted);
    public const string AuthScheme = nameof(AuthScheme);
    public const string AthleteIdMatchesKey = nameof(AthleteIdMatchesKey);
    public const string ActivitiesReadable = nameof(ActivitiesReadable);
    public const string WellnessReadable = nameof(WellnessReadable);
    public const string CalendarReadable = nameof(CalendarReadable);
    public const string WriteScopes = nameof(WriteScopes);
}
