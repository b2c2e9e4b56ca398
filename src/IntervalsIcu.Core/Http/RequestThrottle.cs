using System.Diagnostics;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// Spaces request starts at least 1/rate apart, so a long export never trips the server's limit.
/// Spacing rather than a bucket: the server's burst allowance is undocumented, so none is assumed.
/// </summary>
internal sealed class RequestThrottle : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeSpan spacing;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan nextStart = TimeSpan.Zero;

    public RequestThrottle(double maxRequestsPerSecond)
    {
        spacing = maxRequestsPerSecond > 0 ? TimeSpan.FromSeconds(1 / maxRequestsPerSecond) : TimeSpan.Zero;
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (spacing == TimeSpan.Zero)
        {
            return;
        }

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

    public void Dispose() => gate.Dispose();
}
