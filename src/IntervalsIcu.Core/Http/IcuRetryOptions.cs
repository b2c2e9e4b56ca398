namespace IntervalsIcu.Core.Http;

/// <summary>How requests are retried: idempotent ones on 502/503/504 and dropped connections, every one on 429.</summary>
public sealed record IcuRetryOptions
{
    /// <summary>Attempts in all, the first included, for server errors and dropped connections (429 has only the time cap).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The first backoff; each next one doubles, with full jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, whatever Retry-After says.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The overall limit of one request: every attempt, every wait between them and every wait for the
    /// server during its body, counted from the first attempt. Time the caller spends with what was
    /// already read does not count.
    /// </summary>
    public TimeSpan TotalTimeCap { get; init; } = TimeSpan.FromMinutes(2);
}
