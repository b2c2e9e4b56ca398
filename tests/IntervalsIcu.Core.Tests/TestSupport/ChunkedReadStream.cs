namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>
/// A body that arrives the way a network delivers it: each read returns at most the next chunk size,
/// and it can hold back the bytes from a given position until released. It counts the reads made.
/// </summary>
public sealed class ChunkedReadStream(byte[] body, Func<int> nextChunkSize) : Stream
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int position;

    public int Reads { get; private set; }

    /// <summary>Reads stop at this position until <see cref="Release"/>.</summary>
    public int HoldAt { get; init; } = int.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => position; set => throw new NotSupportedException(); }

    /// <summary>One byte per read.</summary>
    public static ChunkedReadStream ByteByByte(byte[] body) => new(body, () => 1);

    /// <summary>Chunks of 1 to <paramref name="maxChunk"/> bytes, the same ones for the same seed.</summary>
    public static ChunkedReadStream RandomChunks(byte[] body, int seed, int maxChunk = 700)
    {
        var random = new Random(seed);
        return new(body, () => random.Next(1, maxChunk + 1));
    }

    public void Release() => released.TrySetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position >= HoldAt)
        {
            await released.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Reads++;
        var end = position < HoldAt && HoldAt < body.Length ? HoldAt : body.Length;
        var count = Math.Min(Math.Min(buffer.Length, nextChunkSize()), end - position);
        body.AsSpan(position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
