using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Http;

public sealed class RequestThrottleTests
{
    [Fact]
    public async Task Throttle_AFullBucket_StartsTheBurstAtOnceAndHoldsTheNextRequest()
    {
        var throttle = new RequestThrottle(new FrozenTimeProvider());

        var burst = Enumerable.Range(0, 8).Select(_ => throttle.WaitAsync(8, 8, CancellationToken.None)).ToList();
        var next = throttle.WaitAsync(8, 8, CancellationToken.None);

        Assert.All(burst, started => Assert.True(started.IsCompletedSuccessfully));
        await Task.WhenAll(burst);
        Assert.False(next.IsCompleted);
    }

    [Fact]
    public void Throttle_WithoutARate_NeverHoldsARequest()
    {
        var throttle = new RequestThrottle(new FrozenTimeProvider());

        var requests = Enumerable.Range(0, 50).Select(_ => throttle.WaitAsync(0, 8, CancellationToken.None)).ToList();

        Assert.All(requests, started => Assert.True(started.IsCompletedSuccessfully));
    }
}
