using System.Globalization;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Reads the API's local dates and times of day from what a user gives. A local date is the athlete's
/// calendar day and is never converted through UTC or the machine's zone: a DateTime keeps its wall
/// clock whatever its Kind, a DateTimeOffset its own clock time, text with a zone (Z, +02:00) is refused.
/// </summary>
public static class LocalDateReader
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss"];

    public static bool TryReadDate(object? value, out DateTime local)
    {
        local = default;
        switch (value)
        {
            case DateTime dateTime:
                local = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified);
                return true;
            case DateTimeOffset offset:
                local = offset.DateTime;
                return true;
            case DateOnly date:
                local = date.ToDateTime(TimeOnly.MinValue);
                return true;
            case string text:
                return DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
            default:
                return false;
        }
    }

    public static bool TryReadTime(object? value, out TimeSpan time)
    {
        time = default;
        switch (value)
        {
            case TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1):
                time = span;
                return true;
            case TimeOnly timeOnly:
                time = timeOnly.ToTimeSpan();
                return true;
            case DateTime dateTime:
                time = dateTime.TimeOfDay;
                return true;
            case string text when DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                time = parsed.TimeOfDay;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The API's form: <c>2026-03-01T00:00:00</c>.</summary>
    public static string Format(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A date-only query value: <c>2026-03-01</c>.</summary>
    public static string FormatDate(DateTime local) => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
