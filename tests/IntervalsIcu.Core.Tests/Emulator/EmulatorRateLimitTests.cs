using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>The throttle: N requests/s per client with a burst, 429 beyond it (api-facts §3).</summary>
public sealed class EmulatorRateLimitTests : IClassFixture<EmulatorFixture>
{
    private const string AthletePath = "/api/v1/athlete/0";
    private readonly EmulatorFixture _emulator;

    public EmulatorRateLimitTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    [Fact]
    public async Task Emulator_RateLimit_Answers429WithRetryAfterBeyondTheBurst()
    {
        _emulator.Server.Faults.EnableRateLimit(requestsPerSecond: 10, burst: 10, retryAfterSeconds: 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ =>
            GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey))));
        try
        {
            var admitted = responses.Count(response => (int)response.StatusCode == 200);
            var throttled = responses.Where(response => (int)response.StatusCode == 429).ToArray();

            // The bucket holds 10; a few more may trickle in while the burst is still arriving.
            Assert.InRange(admitted, 10, 13);
            Assert.Equal(30 - admitted, throttled.Length);
            await AssertApiErrorAsync(throttled[0], 429, "Too Many Requests");
            Assert.All(throttled, response => Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Emulator_RateLimit_AdmitsAgainAfterTheBucketRefills()
    {
        // 2/s: the third quick request finds the bucket empty; after a second it holds 2 again.
        _emulator.Server.Faults.EnableRateLimit(requestsPerSecond: 2, burst: 2);
        Assert.Equal(new[] { 200, 200, 429 }, await GetStatusesAsync(3));

        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        Assert.Equal(new[] { 200, 200, 429 }, await GetStatusesAsync(3));
    }

    [Fact]
    public async Task Emulator_RateLimitWithoutRetryAfter_SendsNoRetryAfterHeader()
    {
        _emulator.Server.Faults.EnableRateLimit(requestsPerSecond: 1, burst: 1, retryAfterSeconds: null);
        using var admitted = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        using var throttled = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(429, (int)throttled.StatusCode);
        Assert.Null(throttled.Headers.RetryAfter);
    }

    [Fact]
    public async Task Emulator_RateLimit_CountsRequestsWithoutCredentialsToo()
    {
        _emulator.Server.Faults.EnableRateLimit(requestsPerSecond: 1, burst: 1);
        using var first = await GetAsync(_emulator.Client, AthletePath, authorization: null);

        using var second = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(401, (int)first.StatusCode);
        Assert.Equal(429, (int)second.StatusCode);
    }

    [Fact]
    public async Task Emulator_DisableRateLimit_StopsThrottling()
    {
        _emulator.Server.Faults.EnableRateLimit(requestsPerSecond: 1, burst: 1);
        Assert.Equal(new[] { 200, 429 }, await GetStatusesAsync(2));

        _emulator.Server.Faults.DisableRateLimit();

        Assert.Equal(new[] { 200, 200, 200 }, await GetStatusesAsync(3));
    }

    [Fact]
    public async Task Emulator_RateLimitEnabledOption_StartsThrottled()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RateLimitEnabled = true });
        using var client = new HttpClient { BaseAddress = server.BaseUri };

        var statuses = new List<int>();
        for (var index = 0; index < 15; index++)
        {
            using var response = await GetAsync(client, AthletePath, ApiKey(DemoData.DemoApiKey));
            statuses.Add((int)response.StatusCode);
        }

        Assert.True(server.Faults.RateLimitEnabled);
        Assert.Contains(429, statuses);
    }

    private async Task<int[]> GetStatusesAsync(int count)
    {
        var statuses = new List<int>();
        for (var index = 0; index < count; index++)
        {
            using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
            statuses.Add((int)response.StatusCode);
        }

        return statuses.ToArray();
    }
}
