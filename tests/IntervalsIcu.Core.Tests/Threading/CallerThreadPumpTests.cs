using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Threading;

namespace IntervalsIcu.Core.Tests.Threading;

/// <summary>PowerShell allows writes only on the pipeline thread; the pump must deliver them there.</summary>
public sealed class CallerThreadPumpTests
{
    [Fact]
    public void Run_PostedMessages_RunOnTheCallingThread()
    {
        using var pump = new CallerThreadPump();
        var caller = Environment.CurrentManagedThreadId;
        var seenOn = new List<int>();
        var log = new PumpedLog(pump, _ => seenOn.Add(Environment.CurrentManagedThreadId), _ => { }, _ => { });

        var result = pump.Run(async () =>
        {
            await Task.Yield();
            log.Verbose("one");
            await Task.Delay(10);
            log.Verbose("two");
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal([caller, caller], seenOn);
    }

    [Fact]
    public void Run_WorkThatThrows_RethrowsTheOriginalException()
    {
        using var pump = new CallerThreadPump();

        Assert.Throws<InvalidOperationException>(() => pump.Run<int>(() => throw new InvalidOperationException("x")));
    }

    [Fact]
    public void Stream_FirstItemArrivesBeforeTheSourceFinishes()
    {
        using var pump = new CallerThreadPump();
        var release = new TaskCompletionSource();

        using var items = pump.Stream(Source(release.Task), CancellationToken.None).GetEnumerator();

        Assert.True(items.MoveNext());
        Assert.Equal(1, items.Current);
        release.SetResult();
        Assert.True(items.MoveNext());
        Assert.Equal(2, items.Current);
        Assert.False(items.MoveNext());
    }

    [Fact]
    public void Stream_SourceThatFailsAfterSomeItems_DeliversThoseItemsThenRethrowsItsOwnException()
    {
        using var pump = new CallerThreadPump();
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in pump.Stream(FailingAfter(3), CancellationToken.None))
            {
                seen.Add(item);
            }
        });

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal("after 3", failure.Message);
    }

    [Fact]
    public void Stream_SlowReader_KeepsAtMostTheBufferAhead()
    {
        using var pump = new CallerThreadPump();
        var produced = 0;

        using var items = pump.Stream(Counting(10_000, () => Interlocked.Increment(ref produced)), CancellationToken.None).GetEnumerator();
        Assert.True(items.MoveNext());
        Thread.Sleep(200);

        // The first item taken, the buffer full, and one more waiting to be written: memory stays flat.
        Assert.InRange(Volatile.Read(ref produced), 1, CallerThreadPump.StreamBuffer + 2);
    }

    [Fact]
    public void Stream_StoppedEarly_EndsAndDisposesTheSource()
    {
        using var pump = new CallerThreadPump();
        var disposed = false;

        foreach (var item in pump.Stream(Endless(() => disposed = true), CancellationToken.None))
        {
            if (item == 5)
            {
                break;
            }
        }

        Assert.True(disposed);
    }

    private static async IAsyncEnumerable<int> FailingAfter(int count)
    {
        for (var item = 1; item <= count; item++)
        {
            await Task.Yield();
            yield return item;
        }

        throw new InvalidOperationException($"after {count}");
    }

    private static async IAsyncEnumerable<int> Counting(int count, Action onItem)
    {
        for (var item = 1; item <= count; item++)
        {
            await Task.Yield();
            onItem();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<int> Endless(Action onDispose)
    {
        try
        {
            for (var item = 1; ; item++)
            {
                await Task.Yield();
                yield return item;
            }
        }
        finally
        {
            onDispose();
        }
    }

    private static async IAsyncEnumerable<int> Source(Task gate)
    {
        yield return 1;
        await gate;
        yield return 2;
    }
}
