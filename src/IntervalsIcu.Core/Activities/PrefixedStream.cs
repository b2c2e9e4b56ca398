using IntervalsIcu.Core.IO;

namespace IntervalsIcu.Core.Activities;

/// <summary>A read-only stream that gives back a few bytes already read (a magic number peeked at) before the rest of the inner stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : ReadOnlyWrapperStream(inner)
{
    private ReadOnlyMemory<byte> pending = prefix;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (pending.IsEmpty)
        {
            return Inner.Read(buffer);
        }

        var count = Math.Min(buffer.Length, pending.Length);
        pending.Span[..count].CopyTo(buffer);
        pending = pending[count..];
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (pending.IsEmpty)
        {
            return await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        var count = Math.Min(buffer.Length, pending.Length);
        pending[..count].CopyTo(buffer);
        pending = pending[count..];
        return count;
    }
}
