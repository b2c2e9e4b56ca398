using System.Diagnostics;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.IO;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// A response body that cannot hang: each read waits for the server at most the idle timeout, and all
/// reads together at most what is left of the request's overall limit. Time the caller spends between
/// reads (a slow pipeline downstream) does not count. A stall or a dropped connection ends as an
/// <see cref="IcuNetworkException"/>, never as a file-system or JSON error.
/// </summary>
internal sealed class ServerPacedStream : ReadOnlyWrapperStream
{
    private readonly IDisposable owner;
    private readonly TimeSpan idleTimeout;
    private readonly TimeSpan budget;
    private readonly Func<Exception?, bool, IcuNetworkException> fail;
    private TimeSpan waited;

    /// <param name="owner">The content the stream came from, released with it.</param>
    /// <param name="fail">Makes the failure from the transport's exception, or from null for a timeout (and whether the overall limit ran out).</param>
    public ServerPacedStream(Stream inner, IDisposable owner, TimeSpan idleTimeout, TimeSpan budget, Func<Exception?, bool, IcuNetworkException> fail)
        : base(inner)
    {
        this.owner = owner;
        this.idleTimeout = idleTimeout;
        this.budget = budget;
        this.fail = fail;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var left = budget - waited;
        var overall = left <= idleTimeout;
        var limit = overall ? left : idleTimeout;
        if (limit <= TimeSpan.Zero)
        {
            throw fail(null, true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var clock = Stopwatch.StartNew();
        try
        {
            return await Inner.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw fail(null, overall);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw fail(exception, false);
        }
        finally
        {
            waited += clock.Elapsed;
        }
    }

    // Synchronous readers get the same limits.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            owner.Dispose();
        }

        base.Dispose(disposing);
    }
}
