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

    private static async IAsyncEnumerable<int> Source(Task gate)
    {
        yield return 1;
        await gate;
        yield return 2;
    }
}
