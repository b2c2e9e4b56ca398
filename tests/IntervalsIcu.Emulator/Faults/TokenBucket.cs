using System.Diagnostics;

namespace IntervalsIcu.Emulator.Faults;

/// <summary>A classic token bucket: holds up to <c>capacity</c> requests, refilled at <c>ratePerSecond</c>.</summary>
internal sealed class TokenBucket(int ratePerSecond, int capacity)
{
    private double _tokens = capacity;
    private long _lastRefill = Stopwatch.GetTimestamp();

    /// <summary>Takes one token if there is one. Not thread-safe; the owner locks.</summary>
    public bool TryTake()
    {
        var now = Stopwatch.GetTimestamp();
        _tokens = Math.Min(capacity, _tokens + (Stopwatch.GetElapsedTime(_lastRefill, now).TotalSeconds * ratePerSecond));
        _lastRefill = now;
        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }
}
