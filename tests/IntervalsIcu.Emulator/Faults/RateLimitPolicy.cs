namespace IntervalsIcu.Emulator.Faults;

/// <summary>
/// The real throttle: "10/s per IP address with a short burst multiplier" (api-facts §3, developer on
/// forum t/609 page 24), one bucket per client address.
/// </summary>
internal sealed class RateLimitPolicy(int requestsPerSecond, int burst, int? retryAfterSeconds)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TokenBucket> _bucketsByClient = new(StringComparer.Ordinal);

    /// <summary>Seconds for the Retry-After header, or null to send none (whether the server sends it is unverified).</summary>
    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public bool TryAdmit(string clientAddress)
    {
        lock (_gate)
        {
            if (!_bucketsByClient.TryGetValue(clientAddress, out var bucket))
            {
                bucket = new TokenBucket(requestsPerSecond, burst);
                _bucketsByClient[clientAddress] = bucket;
            }

            return bucket.TryTake();
        }
    }
}
