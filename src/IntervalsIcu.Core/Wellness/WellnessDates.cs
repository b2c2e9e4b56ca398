using System.Globalization;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Wellness dates are the athlete's local dates, <c>yyyy-MM-dd</c> (api-facts §4). Text is read in that
/// one form (a time after it is ignored) whatever the machine's culture: "03/04/2026" means March in
/// one country and April in another, so it is refused rather than guessed.
/// </summary>
public static class WellnessDates
{
    private static readonly string[] TextFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date of a value: a DateTime, DateTimeOffset or DateOnly by its date part as given (no time zone
    /// conversion: the caller's wall-clock date is meant), or text in the form <c>yyyy-MM-dd</c>.
    /// </summary>
    public static bool TryRead(object value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly dateOnly:
                date = dateOnly;
                return true;
            case DateTime dateTime:
                date = DateOnly.FromDateTime(dateTime);
                return true;
            case DateTimeOffset dateTimeOffset:
                date = DateOnly.FromDateTime(dateTimeOffset.DateTime);
                return true;
            case string text when DateTime.TryParseExact(text.Trim(), TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                date = DateOnly.FromDateTime(parsed);
                return true;
            default:
                date = default;
                return false;
        }
    }

    /// <summary>
    /// Splits sorted or unsorted dates into inclusive windows of at most <paramref name="maxDays"/> days,
    /// each starting at a date that is asked for, so one list request covers each window and long gaps
    /// cost nothing (the API has no paging, api-facts §1).
    /// </summary>
    public static IReadOnlyList<(DateOnly Oldest, DateOnly Newest)> Windows(IEnumerable<DateOnly> dates, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, 1);
        var windows = new List<(DateOnly Oldest, DateOnly Newest)>();
        foreach (var date in dates.Distinct().Order())
        {
            if (windows.Count > 0 && date.DayNumber - windows[^1].Oldest.DayNumber < maxDays)
            {
                windows[^1] = (windows[^1].Oldest, date);
            }
            else
            {
                windows.Add((date, date));
            }
        }

        return windows;
    }

    /// <summary>Every day of [<paramref name="oldest"/>, <paramref name="newest"/>] in windows of at most <paramref name="maxDays"/> days.</summary>
    public static IReadOnlyList<(DateOnly Oldest, DateOnly Newest)> Windows(DateOnly oldest, DateOnly newest, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, 1);
        var windows = new List<(DateOnly Oldest, DateOnly Newest)>();
        for (var start = oldest; start <= newest; start = start.AddDays(maxDays))
        {
            var end = start.AddDays(maxDays - 1);
            windows.Add((start, end < newest ? end : newest));
        }

        return windows;
    }

    /// <summary>
    /// The range Get-IcuWellness reads: by default the 7 days ending today in the athlete's zone; with only
    /// one bound given, the other is today (-Oldest) or 6 days before (-Newest).
    /// </summary>
    public static (DateOnly Oldest, DateOnly Newest) ResolveRange(DateOnly? oldest, DateOnly? newest, DateOnly today)
    {
        var resolvedNewest = newest ?? today;
        var resolvedOldest = oldest ?? resolvedNewest.AddDays(-6);
        if (resolvedOldest > resolvedNewest)
        {
            throw new IcuWellnessInvalidDateRangeException(resolvedOldest, resolvedNewest);
        }

        return (resolvedOldest, resolvedNewest);
    }
}
