using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using static IntervalsIcu.Core.Tests.Emulator.EmulatorHttp;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>The request log records every request, faulted and rejected ones included, and the console line leaks nothing.</summary>
public sealed class EmulatorRequestLogTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public EmulatorRequestLogTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        emulator.Fresh();
    }

    private RequestLog Requests => _emulator.Server.Requests;

    [Fact]
    public async Task Emulator_RequestLog_RecordsWhatWasSentAndAnswered()
    {
        var before = DateTimeOffset.UtcNow;
        const string Body = """{"start_date_local":"2024-07-01T00:00:00","category":"NOTE","name":"Logged"}""";

        using var response = await SendAsync(
            _emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events?upsertOnUid=false", ApiKey(DemoData.DemoApiKey), Body,
            request =>
            {
                request.Headers.UserAgent.ParseAdd("IntervalsIcu-Tests/1.0");
                request.Headers.AcceptEncoding.ParseAdd("gzip");
            });

        var entry = Assert.Single(Requests.All);
        Assert.InRange(entry.ReceivedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.Equal("POST", entry.Method);
        Assert.Equal("/api/v1/athlete/0/events", entry.Path);
        Assert.Equal("?upsertOnUid=false", entry.QueryString);
        Assert.Equal(ApiKey(DemoData.DemoApiKey), entry.AuthorizationHeader);
        Assert.Equal("IntervalsIcu-Tests/1.0", entry.UserAgent);
        Assert.Equal("gzip", entry.AcceptEncoding);
        Assert.Equal(Body, entry.Body);
        Assert.Equal(200, entry.StatusCode);
        Assert.Equal(DemoData.DemoAthleteId, entry.AthleteId);
    }

    [Fact]
    public async Task Emulator_RequestLog_RecordsRejectedRequests()
    {
        using var missing = await GetAsync(_emulator.Client, "/api/v1/athlete/0", authorization: null);
        using var wrongAthlete = await GetAsync(_emulator.Client, "/api/v1/athlete/i100003", ApiKey(DemoData.DemoApiKey));
        using var keyAsBearer = await GetAsync(_emulator.Client, "/api/v1/athlete/0", Bearer(DemoData.DemoApiKey));

        var entries = Requests.All;
        Assert.Equal([401, 403, 403], entries.Select(entry => entry.StatusCode));
        Assert.Null(entries[0].AthleteId);
        Assert.Null(entries[0].AuthorizationHeader);
        Assert.Equal(DemoData.DemoAthleteId, entries[1].AthleteId);
        Assert.Null(entries[2].AthleteId);
        Assert.Equal("", entries[0].QueryString);
        Assert.Equal("", entries[0].Body);
    }

    [Fact]
    public async Task Emulator_RequestLog_RecordsFaultedRequestsAndDropsWithStatusZero()
    {
        _emulator.Server.Faults.FailNext(1, 503);
        _emulator.Server.Faults.DropNext(1);
        using var failed = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey)));

        // The client sees the abort before the server's pipeline has finished recording it.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Requests.Count() < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal([503, 0], Requests.All.Select(entry => entry.StatusCode));
        Assert.All(Requests.All, entry => Assert.Equal(DemoData.DemoAthleteId, entry.AthleteId));
    }

    [Fact]
    public async Task Emulator_RequestLog_CountsByMethodAndPath()
    {
        using var first = await GetAsync(_emulator.Client, "/api/v1/athlete/0/wellness", ApiKey(DemoData.DemoApiKey));
        using var second = await GetAsync(_emulator.Client, "/api/v1/athlete/0/wellness?oldest=2024-01-01", ApiKey(DemoData.DemoApiKey));
        using var other = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));
        using var posted = await SendAsync(_emulator.Client, HttpMethod.Post, "/api/v1/athlete/0/events", ApiKey(DemoData.DemoApiKey), "{}");

        Assert.Equal(4, Requests.Count());
        Assert.Equal(2, Requests.Count("GET", "/wellness"));
        Assert.Equal(2, Requests.Count("get", "/wellness"));
        Assert.Equal(1, Requests.Count("POST", "/events"));
        Assert.Equal(0, Requests.Count("GET", "/events"));
        Assert.Equal("POST", Requests.Last?.Method);
    }

    [Fact]
    public async Task Emulator_RequestLog_HasTheEntryAsSoonAsTheResponseArrives()
    {
        for (var index = 1; index <= 25; index++)
        {
            using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0/profile", ApiKey(DemoData.DemoApiKey));
            Assert.Equal(index, Requests.Count());
        }
    }

    [Fact]
    public async Task Emulator_RequestLogClear_EmptiesTheLog()
    {
        using var response = await GetAsync(_emulator.Client, "/api/v1/athlete/0", ApiKey(DemoData.DemoApiKey));

        Requests.Clear();

        Assert.Equal(0, Requests.Count());
        Assert.Empty(Requests.All);
        Assert.Null(Requests.Last);
    }

    [Fact]
    public async Task Emulator_ConsoleLog_WritesOneLinePerRequestWithoutAnyCredential()
    {
        using var output = new StringWriter();
        await using (var server = await EmulatorServer.StartAsync(new EmulatorOptions { LogToConsole = true, LogOutput = TextWriter.Synchronized(output) }))
        {
            using var client = new HttpClient { BaseAddress = server.BaseUri };
            using var basic = await GetAsync(client, "/api/v1/athlete/0?oldest=" + DemoData.DemoApiKey, ApiKey(DemoData.DemoApiKey));
            using var bearer = await GetAsync(client, "/api/v1/athlete/0/profile", Bearer(DemoData.ReadAllToken));
            using var refused = await GetAsync(client, "/api/v1/athlete/0", Basic(DemoData.CoachApiKey, DemoData.CoachApiKey));
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"GET /api/v1/athlete/0 200 \d+ ms$", lines[0]);
        Assert.Matches(@"GET /api/v1/athlete/0/profile 200 \d+ ms$", lines[1]);
        Assert.Matches(@"GET /api/v1/athlete/0 403 \d+ ms$", lines[2]);
        foreach (var secret in new[] { DemoData.DemoApiKey, DemoData.ReadAllToken, DemoData.CoachApiKey, "Basic", "Bearer" })
        {
            Assert.DoesNotContain(secret, output.ToString(), StringComparison.Ordinal);
        }
    }
}
