using System.Collections.Concurrent;

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

    /// <summary>Enumerates an async sequence on the calling thread, pumping between items so output streams as it arrives.</summary>
    public IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (Run(() => enumerator.MoveNextAsync().AsTask()))
            {
                yield return enumerator.Current;
            }
        }
        finally
        {
            Run(() => enumerator.DisposeAsync().AsTask());
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
