namespace IntervalsIcu.Emulator;

/// <summary>
/// Every request the emulator received, rejected and faulted ones included, in arrival order of their
/// answers. An entry is added no later than the moment its response starts, so a test that holds a
/// response already sees the entry. Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>A snapshot copy.</summary>
    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>The latest entry, or null when none.</summary>
    public RecordedRequest? Last
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count == 0 ? null : _requests[^1];
            }
        }
    }

    public int Count()
    {
        lock (_gate)
        {
            return _requests.Count;
        }
    }

    /// <summary>Requests with this method (case-insensitive) whose path contains <paramref name="pathContains"/> (ordinal).</summary>
    public int Count(string method, string pathContains)
    {
        lock (_gate)
        {
            return _requests.Count(request =>
                string.Equals(request.Method, method, StringComparison.OrdinalIgnoreCase)
                && request.Path.Contains(pathContains, StringComparison.Ordinal));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
