using System.Globalization;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Counts the Strava stubs one command wrote, so it can warn once, with the number, instead of once
/// per activity (api-forum-facts §4: users got empty activities "without a word").
/// </summary>
public sealed class StravaStubTally
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);

    /// <summary>The warning to show once at the end, or null when there were no stubs.</summary>
    public string? BuildWarning() =>
        Count == 0 ? null : string.Format(CultureInfo.InvariantCulture, Count == 1 ? ActivityMessages.StravaStubsWarningOne : ActivityMessages.StravaStubsWarning, Count);
}
