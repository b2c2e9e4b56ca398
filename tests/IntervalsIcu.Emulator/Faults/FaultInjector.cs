using IntervalsIcu.Emulator.Faults;

namespace IntervalsIcu.Emulator;

/// <summary>
/// Switches the emulator's failure modes on per test. Everything is off by default and after
/// <see cref="Reset"/>. Queued faults (fail, delay, drop, malform) are served in the order they were
/// queued: each arriving request takes one unit of the first queued fault whose path filter it matches.
/// Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<QueuedFault> _queue = [];
    private RateLimitPolicy? _rateLimit;

    /// <summary>
    /// Throttle like the real server: <paramref name="requestsPerSecond"/> per client with a bucket of
    /// <paramref name="burst"/>; excess requests get 429 <c>{"status":429,"error":"Too Many Requests"}</c>,
    /// with <c>Retry-After</c> only when <paramref name="retryAfterSeconds"/> is not null.
    /// </summary>
    public void EnableRateLimit(int requestsPerSecond = 10, int burst = 10, int? retryAfterSeconds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        var policy = new RateLimitPolicy(requestsPerSecond, burst, retryAfterSeconds);
        lock (_gate)
        {
            _rateLimit = policy;
        }
    }

    public void DisableRateLimit()
    {
        lock (_gate)
        {
            _rateLimit = null;
        }
    }

    public bool RateLimitEnabled
    {
        get
        {
            lock (_gate)
            {
                return _rateLimit is not null;
            }
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> matching requests get <paramref name="statusCode"/> with the body the
    /// real stack would send: a proxy's HTML page for 502/503/504, the JSON error shape otherwise.
    /// </summary>
    public void FailNext(int count, int statusCode, string? pathContains = null, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        Enqueue(new QueuedFault
        {
            Kind = FaultKind.Fail, Remaining = count, PathContains = pathContains,
            StatusCode = statusCode, RetryAfterSeconds = retryAfterSeconds,
        });
    }

    /// <summary>The next <paramref name="count"/> matching requests are served normally after <paramref name="delay"/>.</summary>
    public void DelayNext(int count, TimeSpan delay, string? pathContains = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Enqueue(new QueuedFault { Kind = FaultKind.Delay, Remaining = count, PathContains = pathContains, Delay = delay });
    }

    /// <summary>
    /// The next <paramref name="count"/> matching requests lose their connection after the request was read
    /// and before any response byte; HttpClient reports that as an HttpRequestException.
    /// </summary>
    public void DropNext(int count, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.Drop, Remaining = count, PathContains = pathContains });

    /// <summary>The next <paramref name="count"/> matching requests get 200 with a truncated, unparseable JSON body.</summary>
    public void MalformNext(int count, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.Malform, Remaining = count, PathContains = pathContains });

    /// <summary>
    /// The next <paramref name="count"/> matching requests get their headers and first bytes, then nothing more
    /// until the client gives up (the connection stays open): a server that stalls mid-body.
    /// </summary>
    public void StallBodyNext(int count, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.StallBody, Remaining = count, PathContains = pathContains });

    /// <summary>The next <paramref name="count"/> matching requests get their real body one byte per <paramref name="interval"/>.</summary>
    public void TrickleBodyNext(int count, TimeSpan interval, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.TrickleBody, Remaining = count, PathContains = pathContains, Delay = interval });

    /// <summary>The next <paramref name="count"/> matching requests get their headers and half the body, then the connection is aborted.</summary>
    public void DropBodyNext(int count, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.DropBody, Remaining = count, PathContains = pathContains });

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="statusCode"/> with the request's credential echoed in <paramref name="shape"/>.</summary>
    public void EchoCredentialNext(int count, int statusCode, CredentialEchoShape shape, string? pathContains = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        Enqueue(new QueuedFault { Kind = FaultKind.EchoCredential, Remaining = count, PathContains = pathContains, StatusCode = statusCode, EchoShape = shape });
    }

    /// <summary>
    /// The next <paramref name="count"/> matching requests are served with extra fields <c>api_key</c>,
    /// <c>strava_access_token</c> and <c>echo</c> holding the request's credential, in every top-level object.
    /// </summary>
    public void EchoCredentialFieldsNext(int count, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.EchoCredentialFields, Remaining = count, PathContains = pathContains });

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="statusCode"/> (a 2xx) with no body at all.</summary>
    public void EmptyNext(int count, int statusCode, string? pathContains = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 299);
        Enqueue(new QueuedFault { Kind = FaultKind.Empty, Remaining = count, PathContains = pathContains, StatusCode = statusCode });
    }

    /// <summary>The next <paramref name="count"/> matching requests get 308 Permanent Redirect to <paramref name="location"/>.</summary>
    public void RedirectNext(int count, string location, string? pathContains = null) =>
        Enqueue(new QueuedFault { Kind = FaultKind.Redirect, Remaining = count, PathContains = pathContains, Location = location });

    /// <summary>Requests still to be faulted by queued faults (the rate limit not counted).</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Sum(fault => fault.Remaining);
            }
        }
    }

    /// <summary>Turns everything off: the rate limit and all queued faults.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _queue.Clear();
            _rateLimit = null;
        }
    }

    internal RateLimitPolicy? CurrentRateLimit
    {
        get
        {
            lock (_gate)
            {
                return _rateLimit;
            }
        }
    }

    /// <summary>Takes one unit of the first queued fault this path matches, or null when none applies.</summary>
    internal QueuedFault? TakeFaultFor(string path)
    {
        lock (_gate)
        {
            var fault = _queue.Find(candidate => candidate.Matches(path));
            if (fault is null)
            {
                return null;
            }

            fault.Remaining--;
            if (fault.Remaining == 0)
            {
                _queue.Remove(fault);
            }

            return fault;
        }
    }

    private void Enqueue(QueuedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fault.Remaining, "count");
        if (fault.Remaining == 0)
        {
            return;
        }

        lock (_gate)
        {
            _queue.Add(fault);
        }
    }
}
