using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Get-IcuActivity's range set against the emulator: windows, edges, limit, types, progress, cancellation.</summary>
public sealed class ActivityListerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task List_ActivitiesAt2359And0000OnAWindowBoundary_AreEachListedOnce()
    {
        // Windows of 7 days ending 2024-03-31: a boundary falls on 2024-03-25T00:00:00.
        using var session = await ActivityTestData.AthleteWithAsync(
            emulator,
            ("i1", "2024-03-24T23:59:59", "Ride"), ("i2", "2024-03-25T00:00:00", "Run"), ("i3", "2024-03-25T00:00:01", "Ride"),
            ("i4", "2024-03-18T00:00:00", "Swim"), ("i5", "2024-03-31T23:59:59", "Ride"), ("i6", "2024-03-01T00:00:00", "Ride"));
        emulator.Requests.Clear();

        var listed = await ActivityLister.ListAsync(session, Request(new DateTime(2024, 3, 1), new DateTime(2024, 3, 31), windowDays: 7), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(["i5", "i3", "i2", "i1", "i4", "i6"], listed.Select(activity => activity.Id));

        // Five windows, and one probe after the empty window 03-04..03-11 that finds i6 in the last one.
        Assert.Equal(6, emulator.Requests.Count("GET", "/activities"));
    }

    [Fact]
    public async Task List_OneDay_IsOneRequestForThatWholeDay()
    {
        using var session = await ActivityTestData.AthleteWithAsync(
            emulator, ("i1", "2024-05-01T00:00:00", "Ride"), ("i2", "2024-05-01T23:59:59", "Run"), ("i3", "2024-05-02T00:00:00", "Run"), ("i4", "2024-04-30T23:59:59", "Run"));
        emulator.Requests.Clear();

        var listed = await ActivityLister.ListAsync(session, Request(new DateTime(2024, 5, 1), new DateTime(2024, 5, 1)), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(["i2", "i1"], listed.Select(activity => activity.Id));
        var request = Assert.Single(emulator.Requests.All);
        Assert.Equal("?oldest=2024-05-01T00%3A00%3A00&newest=2024-05-01T23%3A59%3A59", request.QueryString);
    }

    [Fact]
    public async Task List_FiveYearsOfTheDemoAthlete_StopsAtTheFirstActivity_AndLosesOrRepeatsNothing()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var today = emulator.State.FindAthlete(DemoData.DemoAthleteId)!.LocalNow(TimeProvider.System).Date;
        var oldest = today.AddYears(-5).AddDays(1);
        var expected = emulator.State.Activities.List(DemoData.DemoAthleteId, oldest, today.AddDays(1).AddTicks(-1)).Select(activity => activity["id"]!.GetValue<string>()).Reverse().ToList();
        emulator.Requests.Clear();

        var listed = await ActivityLister.ListAsync(session, Request(oldest, today), new CapturingLog(), CancellationToken.None).ToListAsync();

        // 21 windows of 90 days; the demo data begins about three years back, so the first empty window's
        // probe finds nothing older and the two empty years are never fetched.
        Assert.InRange(emulator.Requests.Count("GET", "/activities"), 13, 16);
        Assert.Equal(expected, listed.Select(activity => activity.Id));
        Assert.True(listed.Count > 800, $"only {listed.Count} demo activities");
        Assert.Contains(listed, activity => activity.Name == DemoActivities.MidnightAfterName);
    }

    [Fact]
    public async Task List_DenseTenYears_SizesLaterWindowsFromTheDensitySeen_AndLosesOrRepeatsNothing()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var now = emulator.State.FindAthlete(DemoData.DemoAthleteId)!.LocalNow(TimeProvider.System);
        DemoActivities.AddSynthetic(emulator.State, DemoData.DemoAthleteId, 14_600, now, perDay: 4);
        var oldest = now.Date.AddYears(-10);
        var expected = emulator.State.Activities.List(DemoData.DemoAthleteId, oldest, now.Date.AddDays(1).AddTicks(-1)).Select(activity => activity["id"]!.GetValue<string>()).Reverse().ToList();
        var windows = new List<ActivityWindow>();
        emulator.Requests.Clear();

        var request = Request(oldest, now.Date, adaptive: true) with { Progress = new SynchronousProgress<ActivityWindow>(windows.Add) };
        var listed = await ActivityLister.ListAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(expected, listed.Select(activity => activity.Id));
        // The first window is the usual 90 days (the first row comes early); later ones hold about 2,000 activities.
        Assert.Equal(ActivityListRequest.DefaultWindowDays, (int)Math.Round((windows[0].NewestLocal - windows[0].OldestLocal).TotalDays));
        Assert.InRange(emulator.Requests.Count("GET", "/activities"), 8, 10);
        Assert.Equal(windows.Count, windows[^1].Count);
        Assert.Equal(Enumerable.Range(1, windows.Count), windows.Select(window => window.Number));
    }

    [Fact]
    public async Task List_Limit_StopsFetchingOnceReached()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        emulator.Requests.Clear();

        var listed = await ActivityLister.ListAsync(session, Request(DateTime.Today.AddYears(-3), DateTime.Today, limit: 3), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(3, listed.Count);
        var request = Assert.Single(emulator.Requests.All);
        Assert.Contains("limit=3", request.QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LimitAcrossAWindowEdge_CountsTheSharedActivityOnce()
    {
        using var session = await ActivityTestData.AthleteWithAsync(
            emulator, ("i1", "2024-03-31T10:00:00", "Ride"), ("i2", "2024-03-25T00:00:00", "Run"), ("i3", "2024-03-24T10:00:00", "Ride"), ("i4", "2024-03-20T10:00:00", "Ride"));

        var listed = await ActivityLister.ListAsync(session, Request(new DateTime(2024, 3, 1), new DateTime(2024, 3, 31), windowDays: 7, limit: 3), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(["i1", "i2", "i3"], listed.Select(activity => activity.Id));
    }

    [Fact]
    public async Task List_TypeFilter_KeepsOnlyThoseTypes_CaseInsensitively()
    {
        using var session = await ActivityTestData.AthleteWithAsync(
            emulator, ("i1", "2024-03-03T10:00:00", "Ride"), ("i2", "2024-03-02T10:00:00", "Run"), ("i3", "2024-03-01T10:00:00", "Swim"));

        var listed = await ActivityLister.ListAsync(
            session, Request(new DateTime(2024, 3, 1), new DateTime(2024, 3, 3)), new CapturingLog(), CancellationToken.None).ToListAsync();
        var filtered = await ActivityLister.ListAsync(
            session, new ActivityListRequest { Range = Range(new DateTime(2024, 3, 1), new DateTime(2024, 3, 3)), Types = ["run", "SWIM"], Limit = 5 }, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(3, listed.Count);
        Assert.Equal(["i2", "i3"], filtered.Select(activity => activity.Id));
    }

    [Fact]
    public async Task List_From1900_ProbesOverTheEmptyCentury_InsteadOfWalkingIt()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i1", "2024-03-03T10:00:00", "Ride"), ("i2", "2023-01-02T10:00:00", "Run"));
        emulator.Requests.Clear();

        var listed = await ActivityLister.ListAsync(session, Request(new DateTime(1900, 1, 1), new DateTime(2024, 12, 31)), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(["i1", "i2"], listed.Select(activity => activity.Id));
        // 508 windows of 90 days; fetched are the newest, the two holding an activity and the one after each, with a
        // probe after each empty one: 8 requests.
        Assert.Equal(8, emulator.Requests.Count("GET", "/activities"));
    }

    [Fact]
    public async Task List_LongRange_ReportsEachWindowBeforeFetchingIt_SkippingEmptyOnes()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i1", "2024-03-03T10:00:00", "Ride"));
        var reported = new List<ActivityWindow>();
        var progress = new SynchronousProgress<ActivityWindow>(reported.Add);

        await ActivityLister.ListAsync(
            session, new ActivityListRequest { Range = Range(new DateTime(2023, 1, 1), new DateTime(2024, 12, 31)), Progress = progress, WindowActivities = null }, new CapturingLog(), CancellationToken.None).ToListAsync();

        // The newest window is empty; its probe finds 2024-03-03, so the windows between are skipped, and the
        // window after the activity's is empty with nothing older: the listing ends there.
        Assert.All(reported, window => Assert.Equal(9, window.Count));
        Assert.Equal(new DateTime(2024, 12, 31, 23, 59, 59), reported[0].NewestLocal);
        Assert.Contains(reported, window => window.OldestLocal <= new DateTime(2024, 3, 3) && window.NewestLocal >= new DateTime(2024, 3, 3));
        Assert.Equal(3, reported.Count);
    }

    [Fact]
    public async Task List_CancelledMidRange_StopsWithoutFetchingFurtherWindows()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        using var cancellation = new CancellationTokenSource();
        emulator.Requests.Clear();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var activity in ActivityLister.ListAsync(session, Request(DateTime.Today.AddYears(-3), DateTime.Today), new CapturingLog(), cancellation.Token))
            {
                seen++;
                cancellation.Cancel();
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal(1, emulator.Requests.Count("GET", "/activities"));
    }

    [Fact]
    public async Task List_StravaStubs_AreMarkedAndCounted_AndTheWarningSaysWhyAndHowToFix()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var tally = new StravaStubTally();

        var listed = await ActivityLister.ListAsync(
            session, new ActivityListRequest { Range = Range(DateTime.Today.AddYears(-3), DateTime.Today), StravaStubs = tally }, new CapturingLog(), CancellationToken.None).ToListAsync();

        var stubs = listed.Where(activity => activity.IsStravaStub).ToList();
        Assert.NotEmpty(stubs);
        Assert.Equal(stubs.Count, tally.Count);
        Assert.All(stubs, stub => Assert.Equal(DemoActivities.StravaNote, stub.GetCustomFields()["_note"].GetString()));
        var warning = tally.BuildWarning();
        Assert.NotNull(warning);
        Assert.StartsWith($"{stubs.Count} activities came from Strava", warning, StringComparison.Ordinal);
        Assert.Contains("connect your device", warning, StringComparison.Ordinal);
        Assert.Contains("Import-IcuActivity", warning, StringComparison.Ordinal);
        Assert.Null(new StravaStubTally().BuildWarning());
    }

    [Fact]
    public async Task List_TypeFilter_CountsTheStravaStubsItLeavesOut_SoAStravaOnlyUserIsTold()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var tally = new StravaStubTally();

        var rides = await ActivityLister.ListAsync(
            session, new ActivityListRequest { Range = Range(DateTime.Today.AddYears(-1), DateTime.Today), Types = ["Ride"], StravaStubs = tally }, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.DoesNotContain(rides, activity => activity.IsStravaStub);
        Assert.Equal(0, tally.Count);
        Assert.True(tally.Filtered > 0);
        Assert.StartsWith($"{tally.Filtered} activities from Strava were left out by -Type", tally.BuildWarning(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRaw_GivesTheServersJsonTextOfTheSameActivities()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var request = Request(DateTime.Today.AddDays(-60), DateTime.Today);

        var typed = await ActivityLister.ListAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync();
        var raw = await ActivityLister.ListRawAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(typed.Select(activity => activity.Id), raw.Select(text => System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()));
        Assert.All(raw, text => Assert.StartsWith("{\"id\":", text, StringComparison.Ordinal));
    }

    private static ActivityRange Range(DateTime oldest, DateTime newest) => ActivityRange.Resolve(oldest, newest, DateOnly.FromDateTime(DateTime.Today));

    /// <summary>Fixed windows unless <paramref name="adaptive"/>: most tests here are about window edges.</summary>
    private static ActivityListRequest Request(DateTime oldest, DateTime newest, int windowDays = ActivityListRequest.DefaultWindowDays, int? limit = null, bool adaptive = false) =>
        new() { Range = Range(oldest, newest), WindowDays = windowDays, Limit = limit, WindowActivities = adaptive ? ActivityListRequest.DefaultWindowActivities : null };
}
