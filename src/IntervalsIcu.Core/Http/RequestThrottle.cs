using System.Collections.Concurrent;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// A token bucket in front of every request: up to <c>burst</c> requests start at once, then one per
/// 1/rate, the way the server's own limit works (10/s per IP "with a short burst multiplier", api-facts §3),
/// so a short command pays no spacing and a long export still never trips the limit.
/// One throttle per host for the whole process: the server limits per IP, so sessions in parallel
/// runspaces (ForEach-Object -Parallel, thread jobs) share one bucket instead of each using the
/// whole allowance.
/// </summary>
internal sealed class RequestThrottle
{
    private static readonly ConcurrentDictionary<string, RequestThrottle> PerHost = new(StringComparer.OrdinalIgnoreCase);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider time;
    private double? tokens;
    private long lastRefill;

    internal RequestThrottle(TimeProvider time)
    {
        this.time = time;
        lastRefill = time.GetTimestamp();
    }

    /// <summary>The process's throttle for the host (and port) of <paramref name="baseUri"/>.</summary>
    public static RequestThrottle For(Uri baseUri) => PerHost.GetOrAdd(baseUri.GetLeftPart(UriPartial.Authority), _ => new RequestThrottle(TimeProvider.System));

    /// <summary>
    /// Waits until this caller may start a request: at once while the bucket holds a token, otherwise
    /// until one has refilled at <paramref name="maxRequestsPerSecond"/>. A full bucket holds <paramref name="burst"/>.
    /// </summary>
    public async Task WaitAsync(double maxRequestsPerSecond, int burst, CancellationToken cancellationToken)
    {
        if (maxRequestsPerSecond <= 0)
        {
            return;
        }

        var capacity = Math.Max(1, burst);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Refill(maxRequestsPerSecond, capacity);
            if (tokens < 1)
            {
                // Callers queue on the gate, so they are served in turn as the tokens come back.
                await Task.Delay(TimeSpan.FromSeconds((1 - tokens.Value) / maxRequestsPerSecond), time, cancellationToken).ConfigureAwait(false);
                Refill(maxRequestsPerSecond, capacity);
            }

            tokens -= 1;
        }
        finally
        {
            gate.Release();
        }
    }

    private void Refill(double ratePerSecond, int capacity)
    {
        var now = time.GetTimestamp();
        tokens = Math.Min(capacity, (tokens ?? capacity) + (time.GetElapsedTime(lastRefill, now).TotalSeconds * ratePerSecond));
        lastRefill = now;
    }
}
