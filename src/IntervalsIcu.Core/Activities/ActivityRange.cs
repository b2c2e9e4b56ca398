namespace IntervalsIcu.Core.Activities;

/// <summary>
/// The local date-time range a listing covers, in the athlete's wall-clock time (api-facts §4).
/// A bound given as a bare date means the whole day: -Newest 2024-03-31 includes the 31st.
/// </summary>
public sealed record ActivityRange(DateTime OldestLocal, DateTime NewestLocal)
{
    public const int DefaultDays = 30;

    /// <summary>Defaults: newest = today (the athlete's), oldest = 30 days before newest's day.</summary>
    public static ActivityRange Resolve(DateTime? oldest, DateTime? newest, DateOnly athleteToday)
    {
        var newestLocal = newest is { } givenNewest
            ? (givenNewest.TimeOfDay == TimeSpan.Zero ? EndOfDay(givenNewest) : Truncate(givenNewest))
            : EndOfDay(athleteToday.ToDateTime(TimeOnly.MinValue));
        var oldestLocal = oldest is { } givenOldest ? Truncate(givenOldest) : newestLocal.Date.AddDays(-DefaultDays);
        if (oldestLocal > newestLocal)
        {
            throw IcuActivityException.InvertedRange(oldestLocal, newestLocal);
        }

        return new ActivityRange(oldestLocal, newestLocal);
    }

    /// <summary>
    /// Splits the range into windows of <paramref name="windowDays"/> days, newest first (the order the
    /// API lists in). Neighbouring windows share their midnight boundary, so an activity that starts
    /// exactly then is listed by both, whatever the server's rounding, and the lister drops the second copy.
    /// </summary>
    public IReadOnlyList<ActivityWindow> Split(int windowDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        var bounds = new List<(DateTime Oldest, DateTime Newest)>();
        var newest = NewestLocal;
        while (true)
        {
            var oldest = newest.Date.AddDays(-(windowDays - 1));
            if (newest.TimeOfDay == TimeSpan.Zero)
            {
                // The window ends on a shared midnight: it covers the days before it.
                oldest = newest.AddDays(-windowDays);
            }

            if (oldest <= OldestLocal)
            {
                bounds.Add((OldestLocal, newest));
                break;
            }

            bounds.Add((oldest, newest));
            newest = oldest;
        }

        return bounds.Select((window, index) => new ActivityWindow(index + 1, bounds.Count, window.Oldest, window.Newest)).ToList();
    }

    /// <summary>
    /// The windows before and including <paramref name="done"/>, then the rest of the range split anew into
    /// windows of <paramref name="windowDays"/> days from where <paramref name="done"/> ends (its midnight is shared).
    /// </summary>
    public IReadOnlyList<ActivityWindow> Resplit(IReadOnlyList<ActivityWindow> windows, int done, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (done + 1 >= windows.Count)
        {
            return windows;
        }

        var rest = (this with { NewestLocal = windows[done].OldestLocal }).Split(windowDays);
        var count = done + 1 + rest.Count;
        return windows.Take(done + 1).Select(window => window with { Count = count })
            .Concat(rest.Select(window => window with { Number = done + 1 + window.Number, Count = count }))
            .ToList();
    }

    /// <summary>
    /// How much of the range lies newer than <paramref name="window"/>, in percent: what a listing (newest first)
    /// has done when it starts that window. Measured in time, not in windows, because later windows are sized
    /// as the listing goes and their count changes; so a progress bar never moves back.
    /// </summary>
    public int PercentBefore(ActivityWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var span = (NewestLocal - OldestLocal).Ticks;
        return span <= 0 ? 0 : (int)Math.Clamp((NewestLocal - window.NewestLocal).Ticks * 100 / span, 0, 100);
    }

    private static DateTime EndOfDay(DateTime day) => day.Date.AddDays(1).AddSeconds(-1);

    // The API's local date-times have whole seconds.
    private static DateTime Truncate(DateTime value) => DateTime.SpecifyKind(value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Unspecified);
}
