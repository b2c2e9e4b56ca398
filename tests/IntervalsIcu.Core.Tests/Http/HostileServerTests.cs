using System.Diagnostics;
using System.Net;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Tests.Activities;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Http;

/// <summary>
/// What a stalling, trickling, rate-limiting or redirecting server and a proxy must not do to the
/// pipeline (issue 9): no hang, a cap that holds, one throttle per host, 429 retried for every
/// method, and each failure named for its real cause.
/// </summary>
public sealed class HostileServerTests : IClassFixture<EmulatorFixture>
{
    // Each test uses paths of its own: a stalled or aborted request is recorded late and must not count elsewhere.
    private readonly EmulatorServer emulator;

    public HostileServerTests(EmulatorFixture fixture)
    {
        emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Get_BodyThatStalls_EndsAtTheIdleTimeoutAndIsRetried()
    {
        emulator.Faults.StallBodyNext(1, "/athlete/0");
        using var client = NewClient(Bounded(idle: TimeSpan.FromMilliseconds(300)));

        var athlete = await client.GetJsonAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), IcuModelJsonContext.Default.IcuAthlete, new CapturingLog(), CancellationToken.None);

        Assert.Equal(DemoData.DemoAthleteId, athlete.Id);
        Assert.Equal(0, emulator.Faults.PendingCount);
    }

    [Fact]
    public async Task Get_BodyThatAlwaysStalls_IsANetworkTimeoutNamingTheSilence()
    {
        emulator.Faults.StallBodyNext(10, "/athlete/" + DemoData.DemoAthleteId + "/profile");
        using var client = NewClient(Bounded(idle: TimeSpan.FromMilliseconds(200)));

        var error = await Assert.ThrowsAsync<IcuNetworkException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId, "profile")), new CapturingLog(), CancellationToken.None));

        Assert.Equal(IcuNetworkFailure.Timeout, error.Kind);
        Assert.Contains("stopped sending its answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("IdleTimeoutSec", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamedList_BodyThatStalls_EndsAsANetworkTimeoutInsteadOfHanging()
    {
        emulator.Faults.StallBodyNext(1, "/athletes");
        using var client = NewClient(Bounded(idle: TimeSpan.FromMilliseconds(300)), DemoData.CoachApiKey);
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var error = await Assert.ThrowsAsync<IcuNetworkException>(async () =>
        {
            await foreach (var athlete in client.StreamJsonArrayAsync(IcuRequest.Get(IcuRequest.ApiPath("athletes")), IcuModelJsonContext.Default.IcuCoachedAthlete, new CapturingLog(), guard.Token))
            {
                Assert.NotNull(athlete);
            }
        });

        Assert.Equal(IcuNetworkFailure.Timeout, error.Kind);
        Assert.False(guard.IsCancellationRequested);
    }

    [Fact]
    public async Task Get_BodyThatTrickles_EndsAtTheOverallLimit()
    {
        // A byte every 100 ms never trips a 1 s idle timeout; only the overall limit can end it.
        emulator.Faults.TrickleBodyNext(10, TimeSpan.FromMilliseconds(100), "/athlete/" + DemoData.DemoAthleteId + "/settings");
        using var client = NewClient(Bounded(idle: TimeSpan.FromSeconds(1), cap: TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<IcuNetworkException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId, "settings")), new CapturingLog(), CancellationToken.None));

        Assert.Equal(IcuNetworkFailure.Timeout, error.Kind);
        Assert.Contains("overall limit of 2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServerThatNeverAnswers_FailsAtTheOverallLimitNotAfterEveryAttempt()
    {
        // Attempts of 10 s each would take 40 s; the 1 s cap must end the request.
        emulator.Faults.DelayNext(4, TimeSpan.FromSeconds(30), "/athlete/" + DemoData.DemoAthleteId + "/gear");
        using var client = NewClient(Bounded(idle: TimeSpan.FromSeconds(5), cap: TimeSpan.FromSeconds(1)));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<IcuNetworkException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId, "gear")), new CapturingLog(), CancellationToken.None));

        Assert.Equal(IcuNetworkFailure.Timeout, error.Kind);
        Assert.Contains("overall limit of 1 s", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Save_ConnectionDroppedMidBody_IsANetworkFailureOfAGetAndIsRetried()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var ride = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue)
            .Last(activity => activity["type"]?.GetValue<string>() == "Ride")["id"]!.GetValue<string>();
        var folder = Directory.CreateTempSubdirectory("icu-dropped-");
        try
        {
            emulator.Faults.DropBodyNext(1, "/activity/" + ride + "/fit-file");

            var file = await ActivityFileDownloader.SaveAsync(session, ride, folder.FullName, ActivityFileFormat.Fit, false, false, new CapturingLog(), CancellationToken.None);

            Assert.True(file.Length > 0);
            Assert.Equal(0, emulator.Faults.PendingCount);
            Assert.Single(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LoopbackHttp_NeverGoesThroughAProxy_OtherHostsDo()
    {
        using var proxy = new RecordingProxy();
        var options = TestOptions.Fast with { Proxy = new WebProxy(proxy.Uri), Retry = TestOptions.Fast.Retry with { MaxAttempts = 1 } };
        using var loopback = NewClient(options);
        using var elsewhere = new IcuApiClient(
            new Uri("http://emulator.test/"), IcuCredential.Check(Secrets.Secure(DemoData.DemoApiKey), IcuAuthScheme.ApiKey).GetValueOrThrow(), options);

        using var response = await loopback.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), new CapturingLog(), CancellationToken.None);
        Assert.Empty(proxy.Requests);
        await Assert.ThrowsAsync<IcuServerException>(
            () => elsewhere.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), new CapturingLog(), CancellationToken.None));

        // The same proxy setting carried the other host's request (and its header): only loopback is exempt.
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(proxy.Requests, head => head.StartsWith("GET http://emulator.test/api/v1/athlete/0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throttle_IsSharedByEverySessionToTheSameHost()
    {
        // Three sessions at 8/s each would send 24/s; sharing one timeline they send 8/s together.
        emulator.Faults.EnableRateLimit(requestsPerSecond: 10, burst: 10);
        var options = TestOptions.Fast with { MaxRequestsPerSecond = 8, Retry = TestOptions.Fast.Retry with { MaxAttempts = 1 } };
        var clients = Enumerable.Range(0, 3).Select(_ => NewClient(options)).ToList();
        try
        {
            await Task.WhenAll(clients.Select(async client =>
            {
                for (var i = 0; i < 10; i++)
                {
                    using var response = await client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), new CapturingLog(), CancellationToken.None);
                }
            }));
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }

        Assert.DoesNotContain(emulator.Requests.All, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task EndlessRateLimit_IsRetriedForItsOwnTimeBudget_AndSaysNothingWasProcessed()
    {
        emulator.Faults.FailNext(100, 429, "/athlete/" + DemoData.DemoAthleteId + "/sport-settings", retryAfterSeconds: 1);
        var options = TestOptions.Fast with
        {
            Retry = TestOptions.Fast.Retry with { MaxAttempts = 2, MaxDelay = TimeSpan.FromSeconds(5), TotalTimeCap = TimeSpan.FromSeconds(3.5) },
        };
        using var client = NewClient(options);

        var error = await Assert.ThrowsAsync<IcuRateLimitedException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", DemoData.DemoAthleteId, "sport-settings")), new CapturingLog(), CancellationToken.None));

        // More attempts than MaxAttempts: 429 is bounded by the time cap only.
        Assert.True(emulator.Requests.Count("GET", "/sport-settings") >= 3, $"{emulator.Requests.Count("GET", "/sport-settings")} attempts");
        Assert.Contains("processed none of them", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AnsweredTooManyRequests_IsRetriedBecauseNothingWasProcessed()
    {
        emulator.Faults.FailNext(1, 429, "/events", retryAfterSeconds: 0);
        using var client = NewClient();
        var post = new IcuRequest(HttpMethod.Post, IcuRequest.ApiPath("athlete", "0", "events"))
        {
            Content = () => new StringContent("{\"category\":\"NOTE\",\"name\":\"x\",\"start_date_local\":\"2026-11-22T00:00:00\"}", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(post, new CapturingLog(), CancellationToken.None);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(2, emulator.Requests.Count("POST", "/events"));
    }

    [Fact]
    public async Task Delete_WhoseAnswerWasLost_IsReportedAsDeletedNotAsNotFound()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i9100001", "2026-01-05T07:00:00", "Ride"));
        emulator.Faults.DropBodyNext(1, "/activity/i9100001");

        var deleted = await ActivityWriter.DeleteAsync(session, "i9100001", new CapturingLog(), CancellationToken.None);

        Assert.Equal("i9100001", deleted.Id);
        Assert.Equal(2, emulator.Requests.Count("DELETE", "/activity/i9100001"));
        Assert.Null(emulator.State.Activities.FindById("i9100001"));
    }

    [Fact]
    public async Task Get_EmptySuccess_SaysTheBodyWasEmptyNotThatItWasInvalidJson()
    {
        emulator.Faults.EmptyNext(1, 204, "/athlete/0");
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<IcuUnexpectedResponseException>(
            () => client.GetJsonAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), IcuModelJsonContext.Default.IcuAthlete, new CapturingLog(), CancellationToken.None));

        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
        Assert.Equal(204, error.StatusCode);
    }

    [Fact]
    public async Task Upload_AnsweredWithAnEmptySuccess_IsNotCalledADuplicate()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator);
        var folder = Directory.CreateTempSubdirectory("icu-empty-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, "ride.fit");
            await File.WriteAllBytesAsync(path, DemoActivityFiles.FitFile("empty " + Guid.NewGuid()));
            emulator.Faults.EmptyNext(1, 200, "/activities");

            var error = await Assert.ThrowsAsync<IcuUnexpectedResponseException>(
                () => ActivityUploader.UploadAsync(session, path, new ActivityUploadOptions(), new CapturingLog(), CancellationToken.None));

            Assert.Contains("without naming any activity", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Redirect_SuggestsOnlyIntervalsIcu_NeverTheHostTheServerNamed()
    {
        emulator.Faults.RedirectNext(1, "https://intervals-icu.evil.example/api/v1/athlete/0", "/athlete/0");
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<IcuUnexpectedResponseException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), new CapturingLog(), CancellationToken.None));

        Assert.DoesNotContain("evil.example", error.FixHint, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://intervals.icu", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedClient_FailsAsNotConnected_NotWithARawDisposedError()
    {
        var client = NewClient();
        client.Dispose();

        var error = await Assert.ThrowsAsync<IcuNotConnectedException>(
            () => client.SendAsync(IcuRequest.Get(IcuRequest.ApiPath("athlete", "0")), new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuNotConnected", error.ErrorId);
        Assert.Contains("Connect-Icu", error.FixHint, StringComparison.Ordinal);
    }

    private static IcuClientOptions Bounded(TimeSpan idle, TimeSpan? cap = null) => TestOptions.Fast with
    {
        BodyIdleTimeout = idle,
        Retry = TestOptions.Fast.Retry with { TotalTimeCap = cap ?? TestOptions.Fast.Retry.TotalTimeCap },
    };

    private IcuApiClient NewClient(IcuClientOptions? options = null, string credential = DemoData.DemoApiKey) =>
        new(emulator.BaseUri, IcuCredential.Check(Secrets.Secure(credential), IcuAuthScheme.ApiKey).GetValueOrThrow(), options ?? TestOptions.Fast);
}
