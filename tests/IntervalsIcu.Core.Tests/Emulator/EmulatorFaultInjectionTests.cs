using System.Diagnostics;
using System.Text.Json;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>Each queued fault does what it says, for exactly as many requests as asked.</summary>
public sealed class EmulatorFaultInjectionTests : IClassFixture<EmulatorFixture>
{
    private const string AthletePath = "/api/v1/athlete/0";
    private readonly EmulatorFixture _emulator;

    public EmulatorFaultInjectionTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    private FaultInjector Faults => _emulator.Server.Faults;

    [Fact]
    public async Task Emulator_FaultsAreOffByDefault()
    {
        Assert.False(Faults.RateLimitEnabled);
        Assert.Equal(0, Faults.PendingCount);

        Assert.Equal(new[] { 200, 200, 200 }, await GetStatusesAsync(3));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Emulator_FailNextGatewayError_AnswersTheProxysHtmlPageForCountRequestsThenRecovers(int statusCode)
    {
        Faults.FailNext(2, statusCode);

        using var failed = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
        var page = await failed.Content.ReadAsStringAsync();

        Assert.Equal(statusCode, (int)failed.StatusCode);
        Assert.Equal("text/html", failed.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<title>{statusCode} ", page, StringComparison.Ordinal);
        Assert.Equal(new[] { statusCode, 200, 200 }, await GetStatusesAsync(3));
        Assert.Equal(0, Faults.PendingCount);
    }

    [Fact]
    public async Task Emulator_FailNext429_AnswersTheJsonBodyWithRetryAfter()
    {
        Faults.FailNext(1, 429, retryAfterSeconds: 3);

        using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 429, "Too Many Requests");
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Emulator_FailNextWithoutRetryAfter_SendsNoRetryAfterHeader()
    {
        Faults.FailNext(1, 503);

        using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Emulator_FailNextOtherStatus_AnswersTheServersJsonErrorShape()
    {
        Faults.FailNext(1, 500);

        using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));

        await AssertApiErrorAsync(response, 500, "Internal Server Error");
    }

    [Fact]
    public async Task Emulator_FailNextWithPathFilter_LeavesOtherPathsAlone()
    {
        Faults.FailNext(1, 503, pathContains: "/profile");

        using var other = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
        using var matching = await GetAsync(_emulator.Client, AthletePath + "/profile", ApiKey(DemoData.DemoApiKey));

        Assert.Equal(200, (int)other.StatusCode);
        Assert.Equal(503, (int)matching.StatusCode);
    }

    [Fact]
    public async Task Emulator_FaultsComeBeforeCredentialChecks()
    {
        Faults.FailNext(1, 503);

        using var response = await GetAsync(_emulator.Client, AthletePath, authorization: null);

        Assert.Equal(503, (int)response.StatusCode);
    }

    [Fact]
    public async Task Emulator_DelayNext_ServesNormallyAfterTheDelayForCountRequests()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        Faults.DelayNext(1, delay);

        var slow = await TimeGetAsync();
        var fast = await TimeGetAsync();

        Assert.Equal(200, slow.StatusCode);
        Assert.True(slow.Elapsed >= delay - TimeSpan.FromMilliseconds(20), $"took {slow.Elapsed}");
        Assert.Equal(200, fast.StatusCode);
        Assert.True(fast.Elapsed < delay, $"took {fast.Elapsed}");
    }

    [Fact]
    public async Task Emulator_DelayedRequestTheClientGivesUpOn_IsRecordedWithStatusZero()
    {
        Faults.DelayNext(1, TimeSpan.FromSeconds(5));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _emulator.Client.SendAsync(NewAthleteRequest(), timeout.Token));

        await WaitUntilAsync(() => _emulator.Server.Requests.Count() == 1);
        Assert.Equal(0, _emulator.Server.Requests.All[0].StatusCode);
    }

    [Fact]
    public async Task Emulator_DropNext_AbortsTheConnectionWithoutAnyResponse()
    {
        // On a kept-alive connection too: HttpClient does not resend a request the server has already read.
        Assert.Equal(new[] { 200 }, await GetStatusesAsync(1));
        Faults.DropNext(1);

        await Assert.ThrowsAsync<HttpRequestException>(() => _emulator.Client.SendAsync(NewAthleteRequest()));

        Assert.Equal(new[] { 200 }, await GetStatusesAsync(1));
        Assert.Equal(new[] { 200, 0, 200 }, _emulator.Server.Requests.All.Select(entry => entry.StatusCode));
    }

    [Fact]
    public async Task Emulator_MalformNext_Answers200WithABodyThatIsNotJson()
    {
        Faults.MalformNext(1);

        using var malformed = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
        var body = await malformed.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)malformed.StatusCode);
        Assert.Equal("application/json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{\"id\":\"i100001\"", body, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
        Assert.Equal(new[] { 200 }, await GetStatusesAsync(1));
    }

    [Fact]
    public async Task Emulator_MalformNextOnAnEmptyList_StillAnswersInvalidJson()
    {
        Faults.MalformNext(1);

        using var malformed = await GetAsync(_emulator.Client, "/api/v1/athlete/0/wellness", ApiKey(DemoData.DemoApiKey));
        var body = await malformed.Content.ReadAsStringAsync();

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Emulator_QueuedFaults_ApplyInTheOrderTheyWereQueued()
    {
        Faults.FailNext(1, 502);
        Faults.FailNext(2, 429);
        Faults.FailNext(1, 504);

        Assert.Equal(new[] { 502, 429, 429, 504, 200 }, await GetStatusesAsync(5));
    }

    [Fact]
    public async Task Emulator_FaultCounts_AreExactUnderConcurrentRequests()
    {
        Faults.FailNext(7, 503);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
            return (int)response.StatusCode;
        }));

        Assert.Equal(7, statuses.Count(status => status == 503));
        Assert.Equal(23, statuses.Count(status => status == 200));
    }

    [Fact]
    public async Task Emulator_Reset_TurnsOffQueuedFaultsAndTheRateLimit()
    {
        Faults.FailNext(3, 503);
        Faults.DropNext(2);
        Faults.EnableRateLimit(1, 1);

        Faults.Reset();

        Assert.Equal(0, Faults.PendingCount);
        Assert.False(Faults.RateLimitEnabled);
        Assert.Equal(new[] { 200, 200, 200 }, await GetStatusesAsync(3));
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

    private async Task<(int StatusCode, TimeSpan Elapsed)> TimeGetAsync()
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await GetAsync(_emulator.Client, AthletePath, ApiKey(DemoData.DemoApiKey));
        return ((int)response.StatusCode, Stopwatch.GetElapsedTime(started));
    }

    private static HttpRequestMessage NewAthleteRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, AthletePath);
        request.Headers.TryAddWithoutValidation("Authorization", ApiKey(DemoData.DemoApiKey));
        return request;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
