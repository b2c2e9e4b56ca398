using System.Net;
using System.Net.Http.Headers;
using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Tests.Http;

public sealed class RetryPolicyTests
{
    private static readonly IcuRetryOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData(1, 500, 1000)]
    [InlineData(2, 1000, 2000)]
    [InlineData(3, 2000, 4000)]
    [InlineData(10, 15000, 30000)]
    public void ComputeDelay_WithoutRetryAfter_IsExponentialWithJitterAndCapped(int retry, double minMs, double maxMs)
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var delay = RetryPolicy.ComputeDelay(retry, null, Options, random).TotalMilliseconds;
            Assert.InRange(delay, minMs, maxMs);
        }
    }

    [Fact]
    public void ComputeDelay_RetryAfter_IsHonouredUpToTheCap()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.ComputeDelay(1, TimeSpan.FromSeconds(3), Options, new Random(1)));
        Assert.Equal(Options.MaxDelay, RetryPolicy.ComputeDelay(1, TimeSpan.FromMinutes(10), Options, new Random(1)));
    }

    [Fact]
    public void ReadRetryAfter_AcceptsSecondsAndDates()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(TimeSpan.FromSeconds(5), RetryPolicy.ReadRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)), now));
        Assert.Equal(TimeSpan.FromSeconds(10), RetryPolicy.ReadRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(10)), now));
        Assert.Null(RetryPolicy.ReadRetryAfter(null, now));
    }

    [Fact]
    public void OnlyIdempotentMethodsAndTransientStatusesAreRetried()
    {
        Assert.True(RetryPolicy.IsIdempotent(HttpMethod.Get));
        Assert.True(RetryPolicy.IsIdempotent(HttpMethod.Put));
        Assert.True(RetryPolicy.IsIdempotent(HttpMethod.Delete));
        Assert.False(RetryPolicy.IsIdempotent(HttpMethod.Post));
        Assert.True(RetryPolicy.IsRetryableStatus(HttpStatusCode.TooManyRequests));
        Assert.True(RetryPolicy.IsRetryableStatus(HttpStatusCode.ServiceUnavailable));
        Assert.False(RetryPolicy.IsRetryableStatus(HttpStatusCode.InternalServerError));
        Assert.False(RetryPolicy.IsRetryableStatus(HttpStatusCode.Forbidden));
    }
}
