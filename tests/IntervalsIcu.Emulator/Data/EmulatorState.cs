using System.Text.Json.Nodes;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Emulator;

/// <summary>
/// Everything the emulated server knows: athletes, API keys, OAuth tokens, who coaches whom, and the
/// dated records behind the list endpoints. Thread-safe; tests may add their own entries at any time.
/// </summary>
public sealed class EmulatorState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, EmulatedAthlete> _athletes = new(StringComparer.Ordinal);
    private readonly List<string> _athleteOrder = [];
    private readonly Dictionary<string, string> _athleteIdByApiKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatedAccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly HashSet<(string CoachId, string CoachedId)> _coaching = [];
    private int _lastSportSettingsId = 81_000;
    private int _lastEventId = 52_000_000;
    private int _lastWriteBatch;

    /// <summary>Activities by <c>start_date_local</c>.</summary>
    public AthleteRecordStore Activities { get; } = new("start_date_local");

    /// <summary>Original activity files, upload hashes and tombstones.</summary>
    public DemoActivityFiles ActivityFiles { get; } = new();

    /// <summary>Wellness days by <c>id</c>, which is the local date.</summary>
    public AthleteRecordStore Wellness { get; } = new("id");

    /// <summary>Calendar events by <c>start_date_local</c>, multi-day ones up to <c>end_date_local</c>.</summary>
    public AthleteRecordStore Events { get; } = new("start_date_local", "end_date_local");

    /// <summary>Every athlete's workout library: folders, plans and their workouts.</summary>
    public WorkoutLibrary Library { get; } = new();

    /// <summary>Which credential created each event and manual activity, for external_id matching.</summary>
    public RecordOrigins Origins { get; } = new();

    /// <summary>Adds an athlete with default Ride and Run sport settings; <paramref name="customize"/> may change any field.</summary>
    public EmulatedAthlete AddAthlete(string id, string name, string timezone = "UTC", Action<JsonObject>? customize = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (id == "0")
        {
            // "0" is the alias for the caller's own athlete in every path (api-facts §2.2), never a real id.
            throw new ArgumentException("'0' is the caller alias, not an athlete id.", nameof(id));
        }

        var document = AthleteDocumentFactory.Create(id, name, timezone, () => Interlocked.Increment(ref _lastSportSettingsId));
        customize?.Invoke(document);
        document["id"] = id;
        var athlete = new EmulatedAthlete(document);
        lock (_gate)
        {
            if (!_athletes.TryAdd(id, athlete))
            {
                throw new ArgumentException($"Athlete '{id}' already exists.", nameof(id));
            }

            _athleteOrder.Add(id);
        }

        return athlete;
    }

    public void AddApiKey(string athleteId, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_gate)
        {
            RequireAthlete(athleteId);
            if (_athleteIdByApiKey.TryGetValue(key, out var owner) && owner != athleteId)
            {
                throw new ArgumentException("That key already belongs to another athlete.", nameof(key));
            }

            _athleteIdByApiKey[key] = athleteId;
        }
    }

    /// <summary>Simulates a regenerated key: the old one is unknown from now on and answers 403.</summary>
    public bool RevokeApiKey(string key)
    {
        lock (_gate)
        {
            return _athleteIdByApiKey.Remove(key);
        }
    }

    public EmulatedAccessToken AddAccessToken(string athleteId, string token, params string[] scopes) =>
        AddAccessToken(EmulatedAccessToken.DemoClientId, athleteId, token, scopes);

    /// <summary>A token of the OAuth application <paramref name="clientId"/>, e.g. a second app for external_id scoping.</summary>
    public EmulatedAccessToken AddAccessToken(int clientId, string athleteId, string token, params string[] scopes)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentNullException.ThrowIfNull(scopes);
        var accessToken = new EmulatedAccessToken(token, athleteId, new HashSet<string>(scopes, StringComparer.Ordinal), clientId);
        lock (_gate)
        {
            RequireAthlete(athleteId);
            _accessTokens[token] = accessToken;
        }

        return accessToken;
    }

    /// <summary>Simulates the user disconnecting the app: the token is unknown from now on and answers 401.</summary>
    public bool RevokeAccessToken(string token)
    {
        lock (_gate)
        {
            return _accessTokens.Remove(token);
        }
    }

    public void SetCoach(string coachId, string coachedId)
    {
        lock (_gate)
        {
            RequireAthlete(coachId);
            RequireAthlete(coachedId);
            _coaching.Add((coachId, coachedId));
        }
    }

    public EmulatedAthlete? FindAthlete(string id)
    {
        lock (_gate)
        {
            return _athletes.GetValueOrDefault(id);
        }
    }

    /// <summary>All athletes in the order they were added.</summary>
    public IReadOnlyList<EmulatedAthlete> Athletes
    {
        get
        {
            lock (_gate)
            {
                return _athleteOrder.Select(id => _athletes[id]).ToArray();
            }
        }
    }

    /// <summary>The owner of a key, or null for an unknown or revoked key. Exact match: a stray space makes another key.</summary>
    public string? FindAthleteIdByApiKey(string key)
    {
        lock (_gate)
        {
            return _athleteIdByApiKey.GetValueOrDefault(key);
        }
    }

    public IReadOnlyList<string> ApiKeysOf(string athleteId)
    {
        lock (_gate)
        {
            return _athleteIdByApiKey.Where(pair => pair.Value == athleteId).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToArray();
        }
    }

    public EmulatedAccessToken? FindAccessToken(string token)
    {
        lock (_gate)
        {
            return _accessTokens.GetValueOrDefault(token);
        }
    }

    public IReadOnlyList<EmulatedAccessToken> AccessTokens
    {
        get
        {
            lock (_gate)
            {
                return _accessTokens.Values.OrderBy(token => token.Token, StringComparer.Ordinal).ToArray();
            }
        }
    }

    public bool Coaches(string coachId, string athleteId)
    {
        lock (_gate)
        {
            return _coaching.Contains((coachId, athleteId));
        }
    }

    /// <summary>The athletes <paramref name="coachId"/> coaches, in the order they were added.</summary>
    public IReadOnlyList<string> CoachedAthleteIdsOf(string coachId)
    {
        lock (_gate)
        {
            return _athleteOrder.Where(id => _coaching.Contains((coachId, id))).ToArray();
        }
    }

    /// <summary>Event ids are int32 on the real server (api-facts §2.2).</summary>
    internal int NextEventId() => Interlocked.Increment(ref _lastEventId);

    /// <summary>Numbers the write requests, so events created together can be deleted together (<c>others=true</c>).</summary>
    internal int NextWriteBatch() => Interlocked.Increment(ref _lastWriteBatch);

    private void RequireAthlete(string athleteId)
    {
        if (!_athletes.ContainsKey(athleteId))
        {
            throw new ArgumentException($"Unknown athlete '{athleteId}'.", nameof(athleteId));
        }
    }
}
