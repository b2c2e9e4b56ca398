namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>
/// A clock that never moves and timers that never fire: what completes under it completed without
/// waiting, and what waits stays pending, so pacing is tested by counts instead of durations.
/// </summary>
public sealed class FrozenTimeProvider : TimeProvider
{
    public override long GetTimestamp() => 0;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFiringTimer();

    private sealed class NeverFiringTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
