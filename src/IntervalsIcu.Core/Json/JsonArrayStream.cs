using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace IntervalsIcu.Core.Json;

/// <summary>
/// Streams the items of a JSON array body in one pass over its bytes: the items whole in what has
/// arrived are decoded straight from a pooled buffer by an item reader, with no read-ahead copy of each
/// item (what <see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonSerializerOptions?, CancellationToken)"/>
/// pays for items with custom converters), and an item the buffer cut short is retried once its bytes are there.
/// </summary>
public static class JsonArrayStream
{
    /// <summary>Room for some 30 activities: fewer refills than 16 KiB on a fast body (each may cut an item that is then read again); an item larger than it doubles it.</summary>
    internal const int InitialBufferSize = 64 * 1024;

    /// <summary>
    /// Yields the array's items (JSON nulls skipped) as soon as their bytes have arrived. A body that is not
    /// one JSON array throws <see cref="JsonException"/>, after the items before the bad spot were yielded.
    /// </summary>
    public static IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonItemReader<T> readItem, CancellationToken cancellationToken) =>
        ReadAsync(stream, readItem, ArrayPool<byte>.Shared, InitialBufferSize, cancellationToken);

    internal static IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonItemReader<T> readItem, ArrayPool<byte> pool, int initialBufferSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(readItem);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialBufferSize);
        return ReadItemsAsync(stream, readItem, pool, initialBufferSize, cancellationToken);
    }

    private static async IAsyncEnumerable<T> ReadItemsAsync<T>(
        Stream stream, JsonItemReader<T> readItem, ArrayPool<byte> pool, int initialBufferSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = new JsonArrayCursor();
        var batch = new List<T>();
        var buffer = pool.Rent(initialBufferSize);
        var start = 0; // the checkpoint: bytes before it belong to items already read
        var end = 0;
        var used = 0; // how much of the buffer ever held body bytes, cleared before it goes back to the pool
        var streamEnded = false;
        try
        {
            while (true)
            {
                // The reader is a ref struct and cannot live across a yield: decode a batch, then hand it out.
                batch.Clear();
                ExceptionDispatchInfo? failure = null;
                try
                {
                    var data = buffer.AsSpan(start, end - start);
                    if (cursor.CanDecode(data, streamEnded))
                    {
                        using var strings = RepeatedStrings.Share();
                        start += cursor.Decode(data, streamEnded, readItem, batch);
                    }
                }
                catch (JsonException exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }

                foreach (var item in batch)
                {
                    yield return item;
                }

                failure?.Throw();
                if (cursor.IsDone)
                {
                    yield break;
                }

                if (streamEnded)
                {
                    throw new JsonException("The JSON array ended early.");
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    // One item fills the whole buffer.
                    var larger = pool.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    Return(pool, buffer, used);
                    buffer = larger;
                    used = end;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                end += read;
                used = Math.Max(used, end);
                streamEnded = read == 0;
            }
        }
        finally
        {
            Return(pool, buffer, used);
        }
    }

    /// <summary>The body may hold what the account would rather not leave lying in a shared pool: cleared first.</summary>
    private static void Return(ArrayPool<byte> pool, byte[] buffer, int used)
    {
        buffer.AsSpan(0, Math.Min(used, buffer.Length)).Clear();
        pool.Return(buffer);
    }
}
