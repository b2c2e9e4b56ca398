using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>Dates are read in one unambiguous form, and long spans are read a year per request.</summary>
public sealed class WellnessDatesTests
{
    [Theory]
    [InlineData("2026-11-20")]
    [InlineData(" 2026-11-20 ")]
    [InlineData("2026-11-20T06:30:00")]
    [InlineData("2026-11-20 06:30")]
    public void TryRead_TakesIsoText(string text)
    {
        using var culture = new CultureScope("en-US");

        Assert.True(WellnessDates.TryRead(text, out var date));
        Assert.Equal(new DateOnly(2026, 11, 20), date);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("11/20/2026")]
    [InlineData("20.11.2026")]
    [InlineData("yesterday")]
    public void TryRead_RefusesImpossibleOrAmbiguousDates(string text)
    {
        using var culture = new CultureScope("de-DE");

        Assert.False(WellnessDates.TryRead(text, out _));
    }

    [Fact]
    public void TryRead_TakesTheDatePartOfDateTimesAsGiven()
    {
        Assert.True(WellnessDates.TryRead(new DateTime(2026, 11, 20, 23, 59, 0, DateTimeKind.Utc), out var fromDateTime));
        Assert.True(WellnessDates.TryRead(new DateTimeOffset(2026, 11, 20, 0, 30, 0, TimeSpan.FromHours(14)), out var fromOffset));

        Assert.Equal(new DateOnly(2026, 11, 20), fromDateTime);
        Assert.Equal(new DateOnly(2026, 11, 20), fromOffset);
    }

    [Fact]
    public void Windows_CoverTheDatesInYearsAndSkipGaps()
    {
        var start = new DateOnly(2016, 1, 1);
        var tenYears = Enumerable.Range(0, 3650).Select(start.AddDays).ToList();

        var windows = WellnessDates.Windows(tenYears, 366);
        var sparse = WellnessDates.Windows([new DateOnly(2020, 5, 1), new DateOnly(2010, 1, 1), new DateOnly(2020, 5, 3)], 366);

        Assert.Equal(10, windows.Count);
        Assert.All(windows, window => Assert.True(window.Newest.DayNumber - window.Oldest.DayNumber < 366));
        Assert.Equal(tenYears[^1], windows[^1].Newest);
        Assert.Equal([(new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 1)), (new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 3))], sparse);
    }

    [Fact]
    public void ResolveRange_DefaultsToTheWeekEndingToday()
    {
        var today = new DateOnly(2026, 11, 22);

        Assert.Equal((new DateOnly(2026, 11, 16), today), WellnessDates.ResolveRange(null, null, today));
        Assert.Equal((new DateOnly(2026, 11, 1), today), WellnessDates.ResolveRange(new DateOnly(2026, 11, 1), null, today));
        Assert.Equal((new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 31)), WellnessDates.ResolveRange(null, new DateOnly(2026, 10, 31), today));
        var error = Assert.Throws<IcuWellnessInvalidDateRangeException>(() => WellnessDates.ResolveRange(new DateOnly(2026, 11, 23), null, today));
        Assert.Equal("IcuWellnessInvalidDateRange", error.ErrorId);
    }
}
