using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>
/// Ten years of daily rows (3,650) in one run: how many requests it takes, and that throttling and server
/// failures in the middle end with every row either on the server or reported failed, never lost.
/// </summary>
public sealed class WellnessBulkImportTests : WellnessUploadTestBase
{
    private const int Rows = 3650;
    private static readonly DateOnly First = new(2016, 1, 1);

    public WellnessBulkImportTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task TenYears_AreReadInOneRequestForTheirOwnFields_AndWrittenInOne()
    {
        var report = await UploadAsync(TenYears());

        Assert.Equal(Rows, report.Count(WellnessResultStatus.Sent));
        var read = Assert.Single(Emulator.Requests.All, request => request.Method == "GET" && request.Path.EndsWith("/wellness", StringComparison.Ordinal));
        // Only what the diff compares: the rows' fields (SleepHours is sleepSecs) and locked, never the day's other 40.
        Assert.Contains("fields=id,locked,restingHR,sleepSecs,weight", Uri.UnescapeDataString(read.QueryString), StringComparison.Ordinal);
        Assert.Equal(1, Requests("PUT", "/wellness-bulk"));
        Assert.Equal(2, Emulator.Requests.Count());
        Assert.Equal((1, 1), (report.ReadRequests, report.WriteRequests));
        Assert.Equal(Rows, ServerDayCount);
        var batchSizes = Emulator.Requests.All.Where(request => request.Method == "PUT")
            .Select(request => System.Text.Json.Nodes.JsonNode.Parse(request.Body)!.AsArray().Count).ToList();
        Assert.Equal(Rows, batchSizes.Sum());
        Assert.All(batchSizes, size => Assert.InRange(size, 1, WellnessUploadOptions.DefaultBatchSize));
        Assert.StartsWith("3650 dates: 3650 sent in 1 request", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABatchRefusedAsTooLarge_IsSentInHalves_AndEveryDayArrives()
    {
        Emulator.Faults.FailNext(1, 413, pathContains: "wellness-bulk");

        var report = await UploadAsync(TenYears());

        AssertEveryRowAccountedFor(report, expectedFailed: 0);
        Assert.Equal(3, report.WriteRequests);
        var batchSizes = Emulator.Requests.All.Where(request => request.Method == "PUT" && request.StatusCode == 200)
            .Select(request => System.Text.Json.Nodes.JsonNode.Parse(request.Body)!.AsArray().Count).ToList();
        Assert.Equal([1825, 1825], batchSizes);
    }

    [Fact]
    public async Task SecondRunOfTheSameFile_IsAllUnchanged_AndWritesNothing()
    {
        await UploadAsync(TenYears());

        var again = await UploadAsync(TenYears());

        Assert.Equal(Rows, again.Count(WellnessResultStatus.Unchanged));
        Assert.Equal(0, Requests("PUT", "/"));
    }

    [Fact]
    public async Task A429Storm_IsRetried_AndABatchThatStaysThrottledIsReportedAlone()
    {
        // Three 429s are retried away; then a batch told to wait 4 s each time outlasts its 10 s budget
        // after exactly three attempts (0, 4 and 8 s): 429 is bounded by time, not by the attempt count.
        Emulator.Faults.FailNext(3, 429, pathContains: "wellness-bulk", retryAfterSeconds: 1);
        Emulator.Faults.FailNext(3, 429, pathContains: "wellness-bulk", retryAfterSeconds: 4);
        var patient = TestOptions.Fast with { Retry = TestOptions.Fast.Retry with { MaxDelay = TimeSpan.FromSeconds(5), TotalTimeCap = TimeSpan.FromSeconds(10) } };
        using var session = await Connect.SessionAsync(Connect.WithKey(Emulator.BaseUri, ApiKey), options: patient);

        var report = await WellnessUploader.UploadAsync(session, TenYears(), new WellnessUploadOptions { BatchSize = 100 }, Log, CancellationToken.None);

        AssertEveryRowAccountedFor(report, expectedFailed: 100);
        Assert.All(
            report.Results.Where(result => result.Status == WellnessResultStatus.Failed),
            result => Assert.Equal("IcuWellnessBatchFailed", result.ErrorId));
        Assert.Contains("429", report.Results.First(result => result.Status == WellnessResultStatus.Failed).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A503InTheMiddle_IsRetried_AndAnOutageFailsOnlyItsBatch()
    {
        var options = new WellnessUploadOptions
        {
            BatchSize = 100,
            BatchCompleted = progress =>
            {
                if (progress.BatchNumber == 12)
                {
                    Emulator.Faults.FailNext(1, 503, pathContains: "wellness-bulk");
                }
                else if (progress.BatchNumber == 20)
                {
                    Emulator.Faults.FailNext(4, 503, pathContains: "wellness-bulk");
                }
            },
        };

        var report = await UploadAsync(TenYears(), options);

        AssertEveryRowAccountedFor(report, expectedFailed: 100);
        var failed = report.Results.Where(result => result.Status == WellnessResultStatus.Failed).Select(result => result.Date).ToList();
        Assert.Equal(WellnessDates.Text(First.AddDays(2000)), failed[0]);
        Assert.Equal(WellnessDates.Text(First.AddDays(2099)), failed[^1]);
        Assert.Equal(37, report.WriteRequests);
    }

    [Fact]
    public async Task UnderTheServersRateLimit_EveryRowIsSentOrReportedFailed()
    {
        Emulator.Faults.EnableRateLimit(requestsPerSecond: 40, burst: 4, retryAfterSeconds: null);

        var report = await UploadAsync(TenYears());

        AssertEveryRowAccountedFor(report, expectedFailed: null);
    }

    private static List<WellnessRow> TenYears() =>
        Days(First, Rows).Select((day, index) => Row(
            WellnessDates.Text(day),
            ("Weight", (70 + (index % 20 / 10.0)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RestingHR", (44 + (index % 7)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("SleepHours", "7:30"),
            ("Soreness", ""))).ToList();

    /// <summary>Sent rows are on the server, failed rows are not and say why, and together they are all the rows.</summary>
    private void AssertEveryRowAccountedFor(WellnessUploadReport report, int? expectedFailed)
    {
        var sent = report.Results.Where(result => result.Status == WellnessResultStatus.Sent).Select(result => result.Date).ToHashSet();
        var failed = report.Results.Where(result => result.Status == WellnessResultStatus.Failed).ToList();

        Assert.Equal(Rows, sent.Count + failed.Count);
        Assert.Equal(Rows, report.Results.Count);
        if (expectedFailed is { } count)
        {
            Assert.Equal(count, failed.Count);
        }

        Assert.Equal(sent.Count, ServerDayCount);
        Assert.All(failed, result =>
        {
            Assert.Null(ServerDay(result.Date));
            Assert.False(string.IsNullOrEmpty(result.Error));
        });
        Assert.Equal(failed.Count > 0, report.HasErrors);
    }
}
