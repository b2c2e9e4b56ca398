using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Get-IcuActivity -Id and -Search.</summary>
public sealed class ActivityReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task Get_SeveralIds_AreReadInOneRequest_InTheOrderGiven_AndUnknownOnesAreReported()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i11", "2024-03-03T10:00:00", "Ride"), ("i12", "2024-03-02T10:00:00", "Run"));
        emulator.Requests.Clear();

        var lookups = await ActivityReader.GetAsync(session, ["i12", "i99", "i11", "i12"], false, [], null, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(["i12", "i99", "i11"], lookups.Select(lookup => lookup.Id));
        Assert.Equal(["i12", null, "i11"], lookups.Select(lookup => lookup.Activity?.Id));
        Assert.Equal("/api/v1/athlete/" + session.AthleteId + "/activities/i12,i99,i11", Assert.Single(emulator.Requests.All).Path);
    }

    [Fact]
    public async Task Get_WithIntervals_TypesThemWithTheActivityIdAndKeepsThemOutOfTheCustomFields()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var rideId = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).Last(activity => activity["type"]?.GetValue<string>() == "Ride")["id"]!.GetValue<string>();

        var activity = Assert.Single(await ActivityReader.GetAsync(session, [rideId], true, [], null, new CapturingLog(), CancellationToken.None).ToListAsync()).Activity!;

        Assert.NotNull(activity.Intervals);
        Assert.Equal(2, activity.Intervals.Count);
        Assert.Equal(240, activity.Intervals[1].AverageWatts);
        Assert.Equal(IcuIntervalTypeValues.Work, activity.Intervals[1].Type);
        Assert.All(activity.Intervals, interval => Assert.Equal(rideId, interval.ActivityId));
        var group = Assert.Single(activity.IntervalGroups!);
        Assert.Equal(("g1", 1, rideId), (group.Id, group.Count, group.ActivityId));
        Assert.False(activity.GetCustomFields().ContainsKey("icu_intervals"));
        Assert.False(activity.GetCustomFields().ContainsKey("icu_groups"));
        Assert.Contains("intervals=true", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MalformedId_IsRefusedBeforeAnyRequest()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        emulator.Requests.Clear();

        var error = await Assert.ThrowsAsync<IcuActivityException>(() => ActivityReader.GetAsync(session, ["i1,i2/../x"], false, [], null, new CapturingLog(), CancellationToken.None).ToListAsync());

        Assert.Equal("IcuInvalidActivityId", error.ErrorId);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Get_StravaStub_IsCountedForTheWarning()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var stubId = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).First(DemoActivities.IsStravaStub)["id"]!.GetValue<string>();
        var tally = new StravaStubTally();

        var activity = Assert.Single(await ActivityReader.GetAsync(session, [stubId], false, [], tally, new CapturingLog(), CancellationToken.None).ToListAsync()).Activity!;

        Assert.True(activity.IsStravaStub);
        Assert.Null(activity.Type);
        Assert.Equal(1, tally.Count);
        Assert.StartsWith("1 activity came from Strava", tally.BuildWarning(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByNameOrExactTag_ReturnsFullActivities()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);

        var byName = await ActivityReader.SearchAsync(session, "midnight", 5, [], null, new CapturingLog(), CancellationToken.None).ToListAsync();
        var byTag = await ActivityReader.SearchAsync(session, "#z2", null, [], null, new CapturingLog(), CancellationToken.None).ToListAsync();
        var raw = await ActivityReader.SearchRawAsync(session, "midnight", 1, null, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(5, byName.Count);
        Assert.All(byName, activity => Assert.Equal(DemoActivities.MidnightAfterName, activity.Name));
        Assert.All(byName, activity => Assert.NotNull(activity.MovingTime));
        Assert.NotEmpty(byTag);
        Assert.All(byTag, activity => Assert.Contains("z2", activity.Tags!));
        Assert.Contains("\"name\":\"Midnight run\"", Assert.Single(raw), StringComparison.Ordinal);
        Assert.Contains("q=%23z2", emulator.Requests.All.Select(request => request.QueryString).Single(query => query.Contains("z2", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
