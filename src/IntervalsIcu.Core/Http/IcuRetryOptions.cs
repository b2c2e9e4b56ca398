namespace IntervalsIcu.Core.Http;

/// <summary>How idempotent requests are retried on 429/502/503/504 and on dropped connections.</summary>
public sealed record IcuRetryOptions
{
    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The first backoff; each next one doubles, with full jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer, whatever Retry-After says.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No request keeps retrying past this, counted from its first attempt.</summary>
    public TimeSpan TotalTimeCap { get; init; } = TimeSpan.FromMinutes(2);
}
