using System.Collections.Concurrent;
using System.Threading.Channels;

namespace IntervalsIcu.Core.Threading;

/// <summary>
/// Runs async work off the calling thread while executing, on the calling thread, whatever the work
/// posts back. PowerShell allows WriteVerbose, WriteWarning and WriteObject only on the pipeline
/// thread, yet Core is async all the way: the cmdlet pumps, Core posts.
/// </summary>
public sealed class CallerThreadPump : IDisposable
{
    private readonly BlockingCollection<Action> queue = new();

    /// <summary>Queues an action for the calling thread; safe from any thread.</summary>
    public void Post(Action action)
    {
        if (!queue.IsAddingCompleted)
        {
            queue.Add(action);
        }
    }

    public T Run<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work);
        PumpUntil(task);
        return task.GetAwaiter().GetResult();
    }

    public void Run(Func<Task> work)
    {
        var task = Task.Run(work);
        PumpUntil(task);
        task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Enumerates an async sequence on the calling thread, pumping between items so output streams as it
    /// arrives. A producer reads the sequence on the pool into a small bounded buffer while the calling thread
    /// writes what is already there: reading and writing overlap, the calling thread wakes once per batch
    /// instead of twice per item, and memory stays flat (at most <see cref="StreamBuffer"/> items ahead).
    /// </summary>
    public IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(StreamBuffer) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(source, buffer.Writer, stop.Token), CancellationToken.None);
        try
        {
            // WaitToReadAsync ends false when the sequence is done, and rethrows its failure.
            while (Run(() => buffer.Reader.WaitToReadAsync(CancellationToken.None).AsTask()))
            {
                while (buffer.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // An early stop (Select-Object -First) ends the producer, which disposes the sequence.
            stop.Cancel();
            Run(() => producer);
        }
    }

    /// <summary>Items read ahead of the calling thread: enough to batch the handoff, few enough to keep memory flat.</summary>
    internal const int StreamBuffer = 128;

    private static async Task ProduceAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception failure)
        {
            // Handed to the calling thread, which rethrows it as the sequence's own failure.
            writer.Complete(failure);
        }
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        queue.Dispose();
    }

    private void PumpUntil(Task task)
    {
        // A no-op posted on completion wakes the loop, so it never polls.
        task.ContinueWith(_ => Post(static () => { }), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (!task.IsCompleted)
        {
            queue.Take()();
        }

        while (queue.TryTake(out var pending))
        {
            pending();
        }
    }
}
