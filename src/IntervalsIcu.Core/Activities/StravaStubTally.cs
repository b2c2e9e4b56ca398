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
    private int filtered;

    public int Count => Volatile.Read(ref count);

    /// <summary>Stubs a type filter left out: a stub has no type, so a Strava-only user would otherwise see nothing and no word why.</summary>
    public int Filtered => Volatile.Read(ref filtered);

    public void Add() => Interlocked.Increment(ref count);

    public void AddFiltered() => Interlocked.Increment(ref filtered);

    /// <summary>The warning to show once at the end, or null when there were no stubs.</summary>
    public string? BuildWarning()
    {
        var written = Count == 0 ? null : string.Format(CultureInfo.InvariantCulture, Count == 1 ? ActivityMessages.StravaStubsWarningOne : ActivityMessages.StravaStubsWarning, Count);
        var left = Filtered == 0 ? null : string.Format(CultureInfo.InvariantCulture, Filtered == 1 ? ActivityMessages.StravaStubsFilteredOne : ActivityMessages.StravaStubsFiltered, Filtered);
        return written is null && left is null ? null : string.Join(" ", new[] { written, left }.Where(text => text is not null));
    }
}
