using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>Client options that keep tests fast: no throttle, millisecond backoffs.</summary>
public static class TestOptions
{
    public static IcuClientOptions Fast { get; } = new()
    {
        MaxRequestsPerSecond = 0,
        AttemptTimeout = TimeSpan.FromSeconds(10),
        Retry = new IcuRetryOptions
        {
            MaxAttempts = 4,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(200),
            TotalTimeCap = TimeSpan.FromSeconds(10),
        },
    };
}
