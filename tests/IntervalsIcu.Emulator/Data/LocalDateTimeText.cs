using System.Globalization;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The API's local (offset-free) dates: <c>2024-05-01</c> or <c>2024-05-01T06:30:00</c> (api-facts §4).
/// A value with a zone or <c>Z</c> is not a local date and is refused.
/// </summary>
internal static class LocalDateTimeText
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];

    public static bool TryParse(string? text, out DateTime value, out bool hasTime)
    {
        hasTime = false;
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        hasTime = DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        return hasTime;
    }
}
