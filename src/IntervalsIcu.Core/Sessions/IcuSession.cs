using System.Globalization;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// A connection to Intervals.icu: who is being read and written, how, and where. Every public
/// property is what a user needs to see, and safe to show: the credential is represented by its
/// fingerprint only; the HTTP client and the checked settings are internal.
/// </summary>
public sealed class IcuSession : IDisposable
{
    internal IcuSession(IcuApiClient client, IcuConnectionSettings settings, string athleteId, IcuAthlete? athlete, string? keyAthleteId)
    {
        Client = client;
        Settings = settings;
        AthleteId = athleteId;
        AthleteName = athlete?.Name;
        TimeZone = athlete?.Timezone;
        ActivityCustomFieldCodes = athlete is null ? null : ActivityCustomFields.CodesOf(athlete.CustomItems ?? Enumerable.Empty<IcuCustomItem>());
        KeyAthleteId = keyAthleteId;
        Validated = athlete is not null;
        ConnectedAt = DateTimeOffset.Now;
    }

    /// <summary>The athlete requests are made for: the one given, or the key's own once known.</summary>
    public string AthleteId { get; }

    public string? AthleteName { get; }

    /// <summary>The athlete that owns the key or token, when the connection found out.</summary>
    public string? KeyAthleteId { get; }

    /// <summary>The athlete's IANA time zone; "today" is computed in it.</summary>
    public string? TimeZone { get; }

    public IcuAuthScheme AuthScheme => Client.Credential.Scheme;

    public IcuCredentialSource? CredentialSource => Settings.Source;

    public Uri BaseUri => Client.BaseUri;

    public string KeyFingerprint => Client.Credential.Fingerprint;

    /// <summary>
    /// OAuth scopes where known. A token does not tell its scopes; Test-IcuAuth probes which areas it
    /// can read. A personal API key has no scopes: it can do whatever its athlete can.
    /// </summary>
    public IReadOnlyList<string>? Scopes { get; internal set; }

    /// <summary>False when connected with -SkipValidation: nothing has proved the credential yet.</summary>
    public bool Validated { get; }

    public DateTimeOffset ConnectedAt { get; }

    /// <summary>Open, or Closed once Disconnect-Icu released it (then every request fails as not connected).</summary>
    public IcuSessionState State => Client.IsDisposed ? IcuSessionState.Closed : IcuSessionState.Open;

    internal IcuApiClient Client { get; }

    internal IcuConnectionSettings Settings { get; }

    /// <summary>
    /// The athlete's custom activity fields as the connect-time read of the athlete listed them, so a listing
    /// needs no request of its own for them; null until read (a session connected without that read).
    /// </summary>
    internal IReadOnlyList<string>? ActivityCustomFieldCodes { get; set; }

    /// <summary>Today on the athlete's wall clock. A method, so session listings and CSV do not show it.</summary>
    public DateOnly Today() => AthleteClock.Today(TimeZone);

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, Messages.SessionToString, AthleteId, AthleteName ?? "?", BaseUri.GetLeftPart(UriPartial.Authority), AuthScheme, KeyFingerprint);

    public void Dispose() => Client.Dispose();
}
