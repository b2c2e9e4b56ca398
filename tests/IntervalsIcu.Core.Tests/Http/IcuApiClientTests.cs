using System.Diagnostics;
using System.Net;
using System.Text.Json;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Http;

/// <summary>The pipeline against the emulator: headers, retries, no POST replay, throttle, timeouts, cancellation.</summary>
public sealed class IcuApiClientTests : IClassFixture<EmulatorFixture>
{
    private static readonly IcuRequest GetOwnAthlete = IcuRequest.Get(IcuRequest.ApiPath("athlete", "0"));
    private readonly EmulatorServer emulator;

    public IcuApiClientTests(EmulatorFixture fixture)
    {
        emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Send_AddsBasicAuthUserAgentAndGzip()
    {
        using var client = NewClient();

        using var response = await client.SendAsync(GetOwnAthlete, new CapturingLog(), CancellationToken.None);

        var request = Assert.Single(emulator.Requests.All, r => r.Path == "/api/v1/athlete/0");
        Assert.StartsWith("Basic ", request.AuthorizationHeader, StringComparison.Ordinal);
        Assert.StartsWith("IntervalsIcu-PowerShell/", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("gzip", request.AcceptEncoding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Get_TransientFailures_AreRetriedUntilSuccess(int status)
    {
        emulator.Faults.FailNext(2, status);
        using var client = NewClient();

        var athlete = await client.GetJsonAsync(GetOwnAthlete, IcuModelJsonContext.Default.IcuAthlete, new CapturingLog(), CancellationToken.None);

        Assert.Equal(DemoData.DemoAthleteId, athlete.Id);
        Assert.Equal(3, OwnAthleteReads());
    }

    [Fact]
    public async Task Get_RetryAfter_IsWaitedFor()
    {
        emulator.Faults.FailNext(1, 429, retryAfterSeconds: 1);
        using var client = NewClient(TestOptions.Fast with { Retry = TestOptions.Fast.Retry with { MaxDelay = TimeSpan.FromSeconds(5) } });
        var clock = Stopwatch.StartNew();

        using var response = await client.SendAsync(GetOwnAthlete, new CapturingLog(), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, OwnAthleteReads());
    }

    [Fact]
    public async Task Get_FailureThatOutlastsTheRetries_EndsAsTypedErrorAfterMaxAttempts()
    {
        emulator.Faults.FailNext(20, 503);
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<IcuServerException>(() => client.SendAsync(GetOwnAthlete, new CapturingLog(), CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(TestOptions.Fast.Retry.MaxAttempts, OwnAthleteReads());
    }

    [Fact]
    public async Task Get_RateLimitStorm_EndsAsIcuRateLimited()
    {
        // 429 is retried for as long as the overall limit allows, whatever the attempt count.
        emulator.Faults.FailNext(1000, 429);
        using var client = NewClient(TestOptions.Fast with { Retry = TestOptions.Fast.Retry with { TotalTimeCap = TimeSpan.FromSeconds(1) } });

        var error = await Assert.ThrowsAsync<IcuRateLimitedException>(() => client.SendAsync(GetOwnAthlete, new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuRateLimited", error.ErrorId);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Post_TransientFailure_IsNeverReplayed(int status)
    {
        emulator.Faults.FailNext(1, status);
        using var client = NewClient();
        var post = new IcuRequest(HttpMethod.Post, IcuRequest.ApiPath("athlete", "0", "events"))
        {
            Content = () => new StringContent("{\"category\":\"NOTE\",\"name\":\"x\",\"start_date_local\":\"2026-11-22T00:00:00\"}", System.Text.Encoding.UTF8, "application/json"),
        };

        var error = await Assert.ThrowsAnyAsync<IcuApiException>(() => client.SendAsync(post, new CapturingLog(), CancellationToken.None));

        Assert.Equal(1, emulator.Requests.Count("POST", "/events"));
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task Post_ServerError_HintSaysItWasNotRepeated()
    {
        emulator.Faults.FailNext(1, 503);
        using var client = NewClient();
        var post = new IcuRequest(HttpMethod.Post, IcuRequest.ApiPath("athlete", "0", "events"))
        {
            Content = () => new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };

        var error = await Assert.ThrowsAsync<IcuServerException>(() => client.SendAsync(post, new CapturingLog(), CancellationToken.None));

        Assert.Contains("not repeated", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_TransientFailure_IsRetriedWithTheSameBody()
    {
        emulator.Faults.FailNext(1, 503);
        using var client = NewClient();
        var put = new IcuRequest(HttpMethod.Put, IcuRequest.ApiPath("athlete", "0"))
        {
            Content = () => new StringContent("{\"icu_weight\":70.5}", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(put, new CapturingLog(), CancellationToken.None);

        var puts = emulator.Requests.All.Where(r => r.Method == "PUT").ToList();
        Assert.Equal(2, puts.Count);
        Assert.All(puts, r => Assert.Contains("70.5", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_DroppedConnection_IsRetried()
    {
        // Its own path: the aborted attempt is recorded a moment late and must not count in another test.
        var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", "0", "profile"));
        emulator.Faults.DropNext(1, "/profile");
        using var client = NewClient();

        using var response = await client.SendAsync(request, new CapturingLog(), CancellationToken.None);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(0, emulator.Faults.PendingCount);
    }

    [Fact]
    public async Task Post_DroppedConnection_IsNotReplayed()
    {
        emulator.Faults.DropNext(1);
        using var client = NewClient();
        var post = new IcuRequest(HttpMethod.Post, IcuRequest.ApiPath("athlete", "0", "events"))
        {
            Content = () => new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };

        var error = await Assert.ThrowsAsync<IcuNetworkException>(() => client.SendAsync(post, new CapturingLog(), CancellationToken.None));

        // An aborted request is recorded a moment after the client sees the abort; a replay would be too.
        await Task.Delay(300);
        Assert.Equal(1, emulator.Requests.Count("POST", "/events"));
        Assert.Equal(IcuNetworkFailure.ConnectionDropped, error.Kind);
    }

    [Fact]
    public async Task Get_SlowAnswer_TimesOutPerAttemptAndIsRetried()
    {
        // Slow and cancelled requests use paths of their own: the server records them only when they
        // finish, which may be after the next test has started counting.
        var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId));
        emulator.Faults.DelayNext(1, TimeSpan.FromSeconds(3), DemoData.DemoAthleteId);
        using var client = NewClient(TestOptions.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(500) });
        var clock = Stopwatch.StartNew();

        using var response = await client.SendAsync(request, new CapturingLog(), CancellationToken.None);

        // The slow first attempt was abandoned at 500 ms; the answer came from the second one.
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(0, emulator.Faults.PendingCount);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Send_Cancelled_StopsPromptly()
    {
        var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", "0", "profile"));
        emulator.Faults.DelayNext(1, TimeSpan.FromSeconds(10), "/profile");
        using var client = NewClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, new CapturingLog(), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Get_MalformedJson_IsAnUnexpectedResponse()
    {
        emulator.Faults.MalformNext(1);
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<IcuUnexpectedResponseException>(
            () => client.GetJsonAsync(GetOwnAthlete, IcuModelJsonContext.Default.IcuAthlete, new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuUnexpectedResponse", error.ErrorId);
    }

    [Fact]
    public async Task Get_UnknownPath_IsNotFoundWithSpringMessage()
    {
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<IcuNotFoundException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0", "fitness")), new CapturingLog(), CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found", error.ServerMessage);
        Assert.Equal("/api/v1/athlete/0/fitness", error.RequestPath);
    }

    [Fact]
    public async Task Throttle_ABurstOfParallelRequests_StaysUnderTheServersLimit()
    {
        emulator.Faults.EnableRateLimit(requestsPerSecond: 10, burst: 10);
        using var client = NewClient(TestOptions.Fast with { MaxRequestsPerSecond = 8, Burst = 8, Retry = TestOptions.Fast.Retry with { MaxAttempts = 1 } });

        // One attempt each: a request the server refused would be a 429 here, not a retried success.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var response = await client.SendAsync(GetOwnAthlete, new CapturingLog(), CancellationToken.None);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(30, OwnAthleteReads());
        Assert.DoesNotContain(emulator.Requests.All, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task StreamJsonArray_YieldsItemsOfABareArray()
    {
        using var client = NewClient(credential: DemoData.CoachApiKey);
        var items = new List<IcuCoachedAthlete>();

        await foreach (var athlete in client.StreamJsonArrayAsync(IcuRequest.Get(IcuRequest.ApiPath("athletes")), IcuModelJsonContext.Default.IcuCoachedAthlete, new CapturingLog(), CancellationToken.None))
        {
            items.Add(athlete);
        }

        Assert.Contains(items, a => a.Id == DemoData.CoachedRunnerId);
    }

    [Fact]
    public async Task StreamJsonArray_GeneratedActivityReader_YieldsWhatTheSerializerYields()
    {
        using var client = NewClient();
        var request = AllActivities();

        var serializer = await client.StreamJsonArrayAsync(request, IcuModelJsonContext.Default.IcuActivity, new CapturingLog(), CancellationToken.None).ToListAsync();
        var itemReader = await client.StreamJsonArrayAsync(request, IcuActivityJsonReader.ItemReader, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.True(serializer.Count > 20, $"{serializer.Count} activities");
        Assert.Equal(
            serializer.Select(a => JsonSerializer.Serialize(a, IcuModelJsonContext.Default.IcuActivity)),
            itemReader.Select(a => JsonSerializer.Serialize(a, IcuModelJsonContext.Default.IcuActivity)));
    }

    [Fact]
    public async Task StreamJsonArray_ElementReader_YieldsEachItemsTextLikeTheSerializer()
    {
        using var client = NewClient();
        var request = AllActivities();

        var serializer = await client.StreamJsonArrayAsync(request, IcuJsonContext.Default.JsonElement, new CapturingLog(), CancellationToken.None).ToListAsync();
        var itemReader = await client.StreamJsonArrayAsync(request, JsonItemReaders.Element, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.NotEmpty(serializer);
        Assert.Equal(serializer.Select(e => e.GetRawText()), itemReader.Select(e => e.GetRawText()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StreamJsonArray_MalformedBody_IsAnUnexpectedResponseWhicheverDecoder(bool itemReader)
    {
        emulator.Faults.MalformNext(1, "/activities");
        using var client = NewClient();
        var request = AllActivities();

        var error = await Assert.ThrowsAsync<IcuUnexpectedResponseException>(() => (itemReader
            ? client.StreamJsonArrayAsync(request, JsonItemReaders.Element, new CapturingLog(), CancellationToken.None)
            : client.StreamJsonArrayAsync(request, IcuJsonContext.Default.JsonElement, new CapturingLog(), CancellationToken.None)).ToListAsync().AsTask());

        Assert.Equal("IcuUnexpectedResponse", error.ErrorId);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    private static IcuRequest AllActivities() =>
        ActivityLister.WindowRequest(DemoData.DemoAthleteId, new ActivityWindow(0, 0, new DateTime(2000, 1, 1), new DateTime(2100, 1, 1)), null);

    // The exact path: "/athlete/0/profile" of the slow and dropped tests, recorded late, must not count.
    private int OwnAthleteReads() => emulator.Requests.All.Count(r => r.Method == "GET" && r.Path == "/api/v1/athlete/0");

    private IcuApiClient NewClient(IcuClientOptions? options = null, string credential = DemoData.DemoApiKey) =>
        new(emulator.BaseUri, IcuCredential.Check(Secrets.Secure(credential), IcuAuthScheme.ApiKey).GetValueOrThrow(), options ?? TestOptions.Fast);
}
