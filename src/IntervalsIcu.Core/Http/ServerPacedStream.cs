using System.Diagnostics;
using IntervalsIcu.Core.Errors;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// A response body that cannot hang: each read waits for the server at most the idle timeout, and all
/// reads together at most what is left of the request's overall limit. Time the caller spends between
/// reads (a slow pipeline downstream) does not count. A stall or a dropped connection ends as an
/// <see cref="IcuNetworkException"/>, never as a file-system or JSON error.
/// </summary>
internal sealed class ServerPacedStream : Stream
{
    private readonly Stream inner;
    private readonly IDisposable owner;
    private readonly TimeSpan idleTimeout;
    private readonly TimeSpan budget;
    private readonly Func<Exception?, bool, IcuNetworkException> fail;
    private TimeSpan waited;

    /// <param name="owner">The content the stream came from, released with it.</param>
    /// <param name="fail">Makes the failure from the transport's exception, or from null for a timeout (and whether the overall limit ran out).</param>
    public ServerPacedStream(Stream inner, IDisposable owner, TimeSpan idleTimeout, TimeSpan budget, Func<Exception?, bool, IcuNetworkException> fail)
    {
        this.inner = inner;
        this.owner = owner;
        this.idleTimeout = idleTimeout;
        this.budget = budget;
        this.fail = fail;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
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
            return await inner.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
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

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Synchronous readers get the same limits.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner.Dispose();
        }

        base.Dispose(disposing);
    }
}
