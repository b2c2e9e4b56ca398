using IntervalsIcu.Core.Activities;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Date ranges and their windows: defaults in the athlete's day, whole days, shared midnights.</summary>
public sealed class ActivityRangeTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Fact]
    public void Resolve_NoBounds_IsTheLast30DaysUpToTheEndOfTheAthletesToday()
    {
        var range = ActivityRange.Resolve(null, null, Today);

        Assert.Equal(new DateTime(2026, 2, 13, 0, 0, 0), range.OldestLocal);
        Assert.Equal(new DateTime(2026, 3, 15, 23, 59, 59), range.NewestLocal);
    }

    [Fact]
    public void Resolve_NewestAsADate_IncludesThatWholeDay_AndATimeIsKeptToTheSecond()
    {
        Assert.Equal(new DateTime(2024, 3, 31, 23, 59, 59), ActivityRange.Resolve(new DateTime(2024, 1, 1), new DateTime(2024, 3, 31), Today).NewestLocal);
        Assert.Equal(new DateTime(2024, 3, 31, 12, 30, 5), ActivityRange.Resolve(new DateTime(2024, 1, 1), new DateTime(2024, 3, 31, 12, 30, 5, 700), Today).NewestLocal);
    }

    [Fact]
    public void Resolve_OldestAfterNewest_IsRefusedWithItsErrorId()
    {
        var error = Assert.Throws<IcuActivityException>(() => ActivityRange.Resolve(new DateTime(2024, 5, 2), new DateTime(2024, 5, 1), Today));

        Assert.Equal("IcuInvalidActivityRange", error.ErrorId);
        Assert.Contains("2024-05-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_OneDay_IsOneWindow()
    {
        var range = ActivityRange.Resolve(new DateTime(2024, 5, 1), new DateTime(2024, 5, 1), Today);

        var window = Assert.Single(range.Split(ActivityListRequest.DefaultWindowDays));

        Assert.Equal((new DateTime(2024, 5, 1), new DateTime(2024, 5, 1, 23, 59, 59)), (window.OldestLocal, window.NewestLocal));
    }

    [Fact]
    public void Split_FiveYears_Is21WindowsNewestFirstThatShareTheirMidnights()
    {
        var range = ActivityRange.Resolve(new DateTime(2020, 1, 1), new DateTime(2024, 12, 31), Today);

        var windows = range.Split(ActivityListRequest.DefaultWindowDays);

        Assert.Equal(21, windows.Count);
        Assert.Equal(range.NewestLocal, windows[0].NewestLocal);
        Assert.Equal(range.OldestLocal, windows[^1].OldestLocal);
        Assert.All(windows.Zip(windows.Skip(1)), pair =>
        {
            Assert.Equal(pair.First.OldestLocal, pair.Second.NewestLocal);
            Assert.Equal(TimeSpan.Zero, pair.First.OldestLocal.TimeOfDay);
        });
        Assert.All(windows, window => Assert.True(window.NewestLocal - window.OldestLocal <= TimeSpan.FromDays(90)));
        Assert.Equal(Enumerable.Range(1, 21), windows.Select(window => window.Number));
    }

    [Fact]
    public void PercentBefore_IsTheShareOfTheRangeNewerThanTheWindow_WhateverTheWindowCount()
    {
        var range = new ActivityRange(new DateTime(2020, 1, 1), new DateTime(2020, 1, 11));

        Assert.Equal(0, range.PercentBefore(new ActivityWindow(1, 5, new DateTime(2020, 1, 9), range.NewestLocal)));
        Assert.Equal(50, range.PercentBefore(new ActivityWindow(2, 9, new DateTime(2020, 1, 2), new DateTime(2020, 1, 6))));
        Assert.Equal(90, range.PercentBefore(new ActivityWindow(3, 3, range.OldestLocal, new DateTime(2020, 1, 2))));
    }
}
