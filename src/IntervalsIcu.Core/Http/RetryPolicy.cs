using System.Net;
using System.Net.Http.Headers;

namespace IntervalsIcu.Core.Http;

/// <summary>
/// Which failures are retried and how long to wait. A POST is never replayed after a failure the
/// server may have committed it before (a 5xx, a dropped connection), as no idempotency key exists
/// (api-facts §3); a 429 is the exception, for every method: the request was refused unprocessed.
/// </summary>
internal static class RetryPolicy
{
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
        || method == HttpMethod.Delete || method == HttpMethod.Options;

    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first retry): the server's
    /// Retry-After when given, else exponential backoff with equal jitter (half fixed, half random),
    /// so many clients failing together do not retry together.
    /// </summary>
    public static TimeSpan ComputeDelay(int retry, TimeSpan? retryAfter, IcuRetryOptions options, Random random)
    {
        if (retryAfter is { } requested)
        {
            return requested < options.MaxDelay ? requested : options.MaxDelay;
        }

        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (random.NextDouble() * capped / 2));
    }

    public static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
