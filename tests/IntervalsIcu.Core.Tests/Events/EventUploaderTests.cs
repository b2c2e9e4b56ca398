using System.Text.Json.Nodes;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Events;

/// <summary>The rules of writing a plan: idempotent re-runs, -WhatIf, prune, retries, batches and per-row results.</summary>
public sealed class EventUploaderTests(EmulatorFixture fixture) : EventUploadTestBase(fixture)
{
    private static readonly DateOnly March = new(2031, 3, 1);

    [Fact]
    public async Task SecondRunOfTheSame50RowPlan_Sends0Creates_AndReportsEveryRowUnchanged()
    {
        var first = await UploadAsync(Plan(March, 50, "plan-a"));
        Assert.Equal(50, first.Count(EventResultStatus.Created));
        Assert.Equal(1, Requests("POST", "/events/bulk"));

        var second = await UploadAsync(Plan(March, 50, "plan-a"));

        Assert.Equal(50, second.Count(EventResultStatus.Unchanged));
        Assert.Equal(0, Requests("POST", "/events"));
        Assert.Equal(0, Writes);
        Assert.Equal(50, Calendar().Count);
    }

    [Fact]
    public async Task SecondRunWithTypedNumbersAndDurations_IsUnchanged()
    {
        List<EventRow> Rows() =>
        [
            new() { Date = "2031-10-01", Name = "a", ExternalId = "typed-1", MovingTime = "1:00:00", Load = 55, Distance = "30000.0", Indoor = "true" },
            new() { Date = "2031-10-02", Name = "b", ExternalId = "typed-2", MovingTime = 1800, Load = "40", Distance = 12000 },
        ];
        await UploadAsync(Rows());

        var second = await UploadAsync(Rows());

        Assert.Equal(2, second.Count(EventResultStatus.Unchanged));
        Assert.Equal(0, Writes);
    }

    [Fact]
    public async Task ChangedRow_IsUpdatedInPlace_WithItsFieldDiff()
    {
        await UploadAsync(Plan(March, 5, "plan-b"));
        var changed = Plan(March, 5, "plan-b");
        changed[2] = Row("2031-03-03", "Renamed", "plan-b-3", changed[2].Description!);

        var report = await UploadAsync(changed);

        var result = report.Results[2];
        Assert.Equal(EventResultStatus.Updated, result.Status);
        Assert.Equal("name \"Workout 3\" -> \"Renamed\"", result.Changes);
        Assert.Equal(4, report.Count(EventResultStatus.Unchanged));
        Assert.Equal(5, Calendar().Count);
        Assert.Contains(Calendar(), e => e["name"]!.GetValue<string>() == "Renamed" && e["id"]!.GetValue<int>() == result.Id);
    }

    [Fact]
    public async Task WhatIf_PlanOnly_ReadsTheCalendarAndSends0Writes()
    {
        await UploadAsync(Plan(March, 10, "plan-c"));
        var edited = Plan(March, 12, "plan-c");
        edited[0] = Row("2031-03-01", "Changed", "plan-c-1");
        using var session = await SessionAsync();
        Emulator.Requests.Clear();

        var plan = await EventUploader.PlanAsync(session, edited, new EventUploadOptions { Prune = true }, Log, CancellationToken.None);

        Assert.Equal(0, Writes);
        Assert.Equal(1, Requests("GET", "/events"));
        Assert.Equal(2, plan.Writes.Count(write => write.Status == EventResultStatus.Created));
        var update = Assert.Single(plan.Writes, write => write.Status == EventResultStatus.Updated);
        Assert.Contains("name \"Workout 1\" -> \"Changed\"", update.DiffText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_RemovesOnlyThisPlansEventsInTheRangeThatLeftTheInput()
    {
        await UploadAsync(Plan(March, 10, "plan-d"));
        // Not this plan's: made in the web app, another plan, another app with the same ids, and this plan outside the range.
        Emulator.State.Events.Add(AthleteId, new JsonObject { ["id"] = 1_999_001, ["start_date_local"] = "2031-03-05T00:00:00", ["category"] = "NOTE", ["name"] = "web app note" });
        await UploadAsync([Row("2031-03-06", "Other plan", "race-plan-1")]);
        Emulator.State.AddAccessToken(7003, AthleteId, "emu0oauth0prunetest00000000000" + AthleteId[^2..], "CALENDAR:READ", "CALENDAR:WRITE");
        using (var appSession = await Connect.SessionAsync(Connect.WithToken(Emulator.BaseUri, "emu0oauth0prunetest00000000000" + AthleteId[^2..]), options: TestOptions.Fast))
        {
            await EventUploader.UploadAsync(appSession, [Row("2031-03-07", "App's", "plan-d-9")], new EventUploadOptions(), Log, CancellationToken.None);
        }

        await UploadAsync([Row("2031-04-20", "Later", "plan-d-99")]);

        // Days 1-5 stay in the plan; 6-10 left it. The range is 03-01..03-10 (the input's dates).
        var shorter = Plan(March, 5, "plan-d");
        shorter.Add(Row("2031-03-10", "Last day", "plan-d-new"));
        var report = await UploadAsync(shorter, new EventUploadOptions { Prune = true });

        var removed = report.Results.Where(result => result.Status == EventResultStatus.Removed).Select(result => result.ExternalId).Order().ToList();
        Assert.Equal(["plan-d-10", "plan-d-6", "plan-d-7", "plan-d-8", "plan-d-9"], removed);
        var left = Calendar().Select(e => e["name"]!.GetValue<string>()).ToList();
        Assert.Contains("web app note", left);
        Assert.Contains("Other plan", left);
        Assert.Contains("App's", left);
        Assert.Contains("Later", left);
        Assert.Contains("Last day", left);
        Assert.Equal(1, Requests("PUT", "/events/bulk-delete"));
    }

    [Fact]
    public async Task Prune_WithRowsThatShareNoPrefix_IsRefusedBeforeAnythingIsRead()
    {
        var rows = new List<EventRow> { Row("2031-05-01", "a", "alpha"), Row("2031-05-02", "b", "beta") };

        var refusal = await Assert.ThrowsAsync<IcuEventException>(() => UploadAsync(rows, new EventUploadOptions { Prune = true }));

        Assert.Equal(EventErrorIds.PruneNeedsPlanIds, refusal.ErrorId);
        Assert.Equal(0, Emulator.Requests.Count());
    }

    [Fact]
    public async Task A503OnABulkUpsertWithExternalIds_IsRetried_AndCreatesEachEventOnce()
    {
        Emulator.Faults.FailNext(1, 503, pathContains: "/events/bulk");

        var report = await UploadAsync(Plan(March, 20, "plan-e"));

        Assert.Equal(20, report.Count(EventResultStatus.Created));
        Assert.Equal(2, Requests("POST", "/events/bulk"));
        Assert.Equal(20, Calendar().Count);
    }

    [Fact]
    public async Task A503OnACreateWithoutExternalId_IsNeverReplayed_AndTheRowsFailWithTheHint()
    {
        Emulator.Faults.FailNext(1, 503, pathContains: "/events/bulk");

        var report = await UploadAsync([Row("2031-06-01", "no key 1", null), Row("2031-06-02", "no key 2", null)]);

        Assert.Equal(1, Requests("POST", "/events/bulk"));
        Assert.All(report.Results, result => Assert.Equal(EventResultStatus.Failed, result.Status));
        Assert.All(report.Results, result => Assert.Equal(EventErrorIds.WriteFailed, result.ErrorId));
        Assert.Contains("not repeated", report.Results[0].GetException()!.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidRows_FailAlone_WithTheirData_AndTheValidRowsAreWritten()
    {
        var rows = Plan(March, 3, "plan-f");
        rows.Insert(1, new EventRow { Date = "03/02/2031", Name = "bad date", ExternalId = "plan-f-x", Source = "bad row" });
        rows.Add(new EventRow { Date = "2031-03-09", Name = "bad time", ExternalId = "plan-f-y", MovingTime = "an hour", Category = "WORKOUT" });
        rows.Add(new EventRow { Date = "2031-03-10", Name = "bad athlete", ExternalId = "plan-f-z", AthleteId = "athlete seven" });

        var report = await UploadAsync(rows);

        Assert.Equal([EventResultStatus.Created, EventResultStatus.Failed, EventResultStatus.Created, EventResultStatus.Created, EventResultStatus.Failed, EventResultStatus.Failed], report.Results.Select(result => result.Status));
        Assert.Equal("bad row", report.Results[1].GetSource());
        Assert.Equal(EventErrorIds.InvalidRow, report.Results[1].ErrorId);
        Assert.Contains("03/02/2031", report.Results[1].Error, StringComparison.Ordinal);
        Assert.Contains("an hour", report.Results[4].Error, StringComparison.Ordinal);
        Assert.Contains("athlete id", report.Results[5].Error, StringComparison.Ordinal);
        Assert.Equal(0, Requests("GET", "/athlete seven"));
        Assert.Equal(3, Calendar().Count);
    }

    [Fact]
    public async Task ARowTheServerRefuses_FailsAlone_AfterTheBatchIsHalved()
    {
        var rows = Plan(March, 8, "plan-g");
        var unreadable = Path.Combine(Path.GetTempPath(), "broken-" + Guid.NewGuid().ToString("N") + ".zwo");
        await File.WriteAllTextAsync(unreadable, "not xml");
        rows[5] = new EventRow { Date = "2031-03-06", Name = "Broken file", ExternalId = "plan-g-6", File = unreadable };

        var report = await UploadAsync(rows);

        Assert.Equal(7, report.Count(EventResultStatus.Created));
        Assert.Equal(EventResultStatus.Failed, report.Results[5].Status);
        Assert.Contains("422", report.Results[5].Error, StringComparison.Ordinal);
        Assert.Equal(7, Calendar().Count);
        File.Delete(unreadable);
    }

    [Fact]
    public async Task AWorkoutFile_IsSentAsItsContents_AndTheServerReadsItsDuration()
    {
        var file = Path.Combine(Path.GetTempPath(), "sst-" + Guid.NewGuid().ToString("N") + ".zwo");
        await File.WriteAllTextAsync(file, "<workout_file><workout><SteadyState Duration=\"1800\" Power=\"0.9\"/></workout></workout_file>");

        var report = await UploadAsync([new EventRow { Date = "2031-07-01", Name = "SST", ExternalId = "file-1", Type = "Ride", File = file }]);

        Assert.Equal(EventResultStatus.Created, report.Results[0].Status);
        Assert.Equal(1800, Calendar().Single()["moving_time"]!.GetValue<int>());
        var sent = JsonNode.Parse(Emulator.Requests.All.Single(request => request.Method == "POST").Body)![0]!;
        Assert.Equal(Path.GetFileName(file), sent["filename"]!.GetValue<string>());
        File.Delete(file);
    }

    [Fact]
    public async Task UpdateById_SendsOnlyTheGivenFields()
    {
        await UploadAsync([Row("2031-08-01", "Original", null)]);
        var id = Calendar().Single()["id"]!.GetValue<int>();

        var report = await UploadAsync([new EventRow { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = "Renamed" }]);

        Assert.Equal(EventResultStatus.Updated, report.Results[0].Status);
        var sent = JsonNode.Parse(Emulator.Requests.All.Single(request => request.Method == "PUT").Body)!.AsObject();
        Assert.Equal(["name"], sent.Select(field => field.Key));
        Assert.Equal("- 30m 60%", Calendar().Single()["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASeasonOf1000Workouts_IsWrittenIn10BulkRequests()
    {
        var report = await UploadAsync(Plan(new DateOnly(2032, 1, 1), 1000, "season"));

        Assert.Equal(1000, report.Count(EventResultStatus.Created));
        Assert.Equal(10, Requests("POST", "/events/bulk"));
        Assert.Equal(10, report.WriteRequests);
        Assert.Equal(1, report.ReadRequests);
    }

    [Fact]
    public async Task ACoachsPlan_NeverMatchesTheAthletesOwnEventsWithTheSameExternalId()
    {
        await UploadAsync([Row("2031-11-01", "athlete's own", "own-1")]);
        Emulator.State.SetCoach(IntervalsIcu.Emulator.DemoData.CoachAthleteId, AthleteId);
        using var coach = await Connect.SessionAsync(Connect.WithKey(Emulator.BaseUri, IntervalsIcu.Emulator.DemoData.CoachApiKey), options: TestOptions.Fast);

        var report = await EventUploader.UploadAsync(coach, [Row("2031-11-01", "athlete's own", "own-1") with { AthleteId = AthleteId }], new EventUploadOptions(), Log, CancellationToken.None);

        Assert.Equal(EventResultStatus.Created, report.Results[0].Status);
        Assert.Equal(2, Calendar().Count);
    }

    [Fact]
    public async Task TheSameExternalIdTwiceInOneInput_FailsTheSecondRow()
    {
        var report = await UploadAsync([Row("2031-09-01", "a", "dup-1"), Row("2031-09-02", "b", "dup-1")]);

        Assert.Equal(EventResultStatus.Created, report.Results[0].Status);
        Assert.Equal(EventResultStatus.Failed, report.Results[1].Status);
        Assert.Single(Calendar());
    }
}
