namespace IntervalsIcu.Core.Http;

/// <summary>Transport settings of one session.</summary>
public sealed record IcuClientOptions
{
    /// <summary>
    /// The server allows 10 requests/s per IP with a short burst (api-facts §3); staying at 8 leaves
    /// room for another tool on the same machine.
    /// </summary>
    public double MaxRequestsPerSecond { get; init; } = 8;

    /// <summary>One attempt's limit; a slow server is not waited for forever.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    public IcuRetryOptions Retry { get; init; } = new();
}
