using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// Spaces request starts at least 1/rate apart, so a long export never trips the server's limit.
/// Spacing rather than a bucket: the server's burst allowance is undocumented, so none is assumed.
/// One throttle per host for the whole process: the server limits per IP, so sessions in parallel
/// runspaces (ForEach-Object -Parallel, thread jobs) share one timeline instead of each using the
/// whole allowance.
/// </summary>
internal sealed class RequestThrottle
{
    private static readonly ConcurrentDictionary<string, RequestThrottle> PerHost = new(StringComparer.OrdinalIgnoreCase);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan nextStart = TimeSpan.Zero;

    private RequestThrottle()
    {
    }

    /// <summary>The process's throttle for the host (and port) of <paramref name="baseUri"/>.</summary>
    public static RequestThrottle For(Uri baseUri) => PerHost.GetOrAdd(baseUri.GetLeftPart(UriPartial.Authority), _ => new RequestThrottle());

    /// <summary>Waits until this caller may start a request, keeping its own rate on the shared timeline.</summary>
    public async Task WaitAsync(double maxRequestsPerSecond, CancellationToken cancellationToken)
    {
        if (maxRequestsPerSecond <= 0)
        {
            return;
        }

        var spacing = TimeSpan.FromSeconds(1 / maxRequestsPerSecond);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = nextStart - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            nextStart = clock.Elapsed + spacing;
        }
        finally
        {
            gate.Release();
        }
    }
}
