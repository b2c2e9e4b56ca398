using System.Collections.Concurrent;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The origin of every event and manual activity created through the API, kept beside the records so
/// the records stay exactly the API's JSON. Records without an origin (demo data, "made in the web
/// app") are never matched by any caller's external_id.
/// </summary>
public sealed class RecordOrigins
{
    private readonly ConcurrentDictionary<string, RecordOrigin> _origins = new(StringComparer.Ordinal);

    /// <summary>
    /// The external_id scope of a credential. An OAuth token: its application (documented, api-facts §5.4).
    /// A personal API key: the key's own athlete, so every personal key of one athlete (a regenerated one
    /// included) shares one scope, and apps never see it (inference: undocumented).
    /// </summary>
    public static string ScopeOf(string callerAthleteId, int? oauthClientId) =>
        oauthClientId is { } clientId ? "app:" + clientId : "key:" + callerAthleteId;

    internal static string ScopeOf(Auth.ApiCaller caller) => ScopeOf(caller.AthleteId, caller.AccessToken?.ClientId);

    public void Set(string kind, string id, RecordOrigin origin) => _origins[kind + ":" + id] = origin;

    public RecordOrigin? Find(string kind, string id) => _origins.GetValueOrDefault(kind + ":" + id);

    public void Remove(string kind, string id) => _origins.TryRemove(kind + ":" + id, out _);
}
