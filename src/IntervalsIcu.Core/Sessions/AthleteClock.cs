namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// "Today" as the athlete's wall clock shows it. The API's local dates are the athlete's, so a
/// morning job in New York asking for "today" in UTC would write tomorrow (api-forum-facts §6).
/// </summary>
public static class AthleteClock
{
    public static DateOnly Today(string? timeZoneId, TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var zone = Find(timeZoneId) ?? TimeZoneInfo.Local;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>The zone for an IANA id (the API's form), or null when this machine does not know it.</summary>
    public static TimeZoneInfo? Find(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : null;
    }
}
