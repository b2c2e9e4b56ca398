using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Curves;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Curves;

/// <summary>Get-IcuCurve's reading against the emulator, whose curves are computed from the demo activities' streams.</summary>
public sealed class CurveReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task Athlete_PowerByDefault_IsLastYearsRides_WithTheBestWattsOfTheActivityThatSetThem()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.Power, [], null, false));

        Assert.Contains("type=Ride", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.DoesNotContain("curves=", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.NotEmpty(points);
        Assert.All(points, point =>
        {
            Assert.Equal(("1y", "Ride", "W", DemoData.DemoAthleteId), (point.Curve, point.Sport, point.Unit, point.AthleteId));
            var activity = Activity(point.ActivityId!);
            Assert.Contains(activity["type"]!.GetValue<string>(), (string[])["Ride", "VirtualRide"]);
            Assert.Equal(activity["start_date_local"]!.GetValue<string>()[..10], point.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(Math.Round(point.Value!.Value / 72.5, 2), point.WattsPerKg);
        });

        // The best of the year at a duration is that activity's own best at it.
        var fiveSeconds = points.Single(point => point.Seconds == 5);
        var ofItsActivity = await CurveReader.ReadActivityAsync(session, IcuCurveType.Power, fiveSeconds.ActivityId!, false, log, CancellationToken.None);
        Assert.Equal(fiveSeconds.Value, ofItsActivity.Single(point => point.Seconds == 5).Value);
        // The shortest duration holds the highest power, and the demo's sprints put 5 s well above an hour.
        Assert.Equal(points.Max(point => point.Value), points.Single(point => point.Seconds == 1).Value);
        Assert.InRange(fiveSeconds.Value!.Value, points.Single(point => point.Seconds == 3600).Value!.Value + 300, 1200);
    }

    [Fact]
    public async Task Athlete_TwoRanges_GiveOneCurveEach_WithEffortsInsideTheirRange()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var today = session.Today();
        var thisYear = CurveReader.RangeCurve(today.AddDays(-364), today);
        var lastYear = CurveReader.RangeCurve(today.AddDays(-729), today.AddDays(-365));

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.HeartRate, [thisYear, lastYear], "Run", false));

        Assert.Equal([thisYear, lastYear], points.Select(point => point.Curve).Distinct());
        Assert.All(points.Where(point => point.Curve == lastYear), point =>
            Assert.InRange(DateOnly.FromDateTime(point.Date!.Value), today.AddDays(-729), today.AddDays(-365)));
        Assert.All(points, point => Assert.Equal(("bpm", (double?)null), (point.Unit, point.WattsPerKg)));
    }

    [Fact]
    public async Task RangeCurve_EndingBeforeItStarts_IsRefusedBeforeAnyRequest()
    {
        var refused = Assert.Throws<IcuCurveException>(() => CurveReader.RangeCurve(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));

        Assert.Equal(CurveErrorIds.InvalidCurveRange, refused.ErrorId);
        Assert.Contains("2026-02-01", refused.Message, StringComparison.Ordinal);
        Assert.Equal("r.2026-01-01.2026-02-01", CurveReader.RangeCurve(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("1")]
    public async Task Athlete_CurveIdOfDigitsOnly_IsRefusedBeforeAnyRequest_AsALostSuffix(string curve)
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var before = emulator.Requests.Count();

        var refused = await Assert.ThrowsAsync<IcuCurveException>(() => ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.Power, ["1y", curve], null, false)));

        Assert.Equal(CurveErrorIds.InvalidCurveId, refused.ErrorId);
        Assert.Contains("'42d'", refused.FixHint, StringComparison.Ordinal);
        Assert.Equal(before, emulator.Requests.Count());
    }

    [Fact]
    public async Task Athlete_Pace_IsRunsByDefault_TimeOverEachDistance_AsSecondsPerKilometre()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.Pace, ["all"], null, false));

        Assert.Contains("type=Run", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.Equal(points.Select(point => point.Meters).Order(), points.Select(point => point.Meters));
        Assert.All(points, point =>
        {
            Assert.Equal("s/km", point.Unit);
            Assert.Equal(Math.Round(point.Seconds!.Value / point.Meters!.Value * 1000, 1), point.Value);
            // Demo runs average 2.6 to 3.6 m/s: between 3 and 8 minutes a kilometre.
            Assert.InRange(point.Value!.Value, 180, 480);
            Assert.Equal("Run", Activity(point.ActivityId!)["type"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Athlete_GradeAdjustedPace_AsksForGap_AndMarksTheRows()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.Pace, ["1y"], "Run", true));

        Assert.Contains("gap=true", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.NotEmpty(points);
        Assert.All(points, point => Assert.True(point.GradeAdjusted));
    }

    [Fact]
    public async Task Athlete_HeartRateWithoutSport_LeavesTheTypeToTheServer()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.HeartRate, ["84d"], null, false));

        Assert.DoesNotContain("type=", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.Contains("/api/v1/athlete/" + DemoData.DemoAthleteId + "/hr-curves", emulator.Requests.Last!.Path, StringComparison.Ordinal);
        Assert.True(points.Select(point => Activity(point.ActivityId!)["type"]!.GetValue<string>()).Distinct().Count() > 1);
        Assert.All(points, point => Assert.Null(point.Sport));
    }

    [Fact]
    public async Task Athlete_ForACoachedAthlete_ReadsTheirCurves()
    {
        using var coach = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey), log);
        using var session = await AthleteSessions.ForAthleteAsync(coach, DemoData.DemoAthleteId, log, CancellationToken.None);

        var points = await ReadAthleteAsync(session, new AthleteCurveQuery(IcuCurveType.Power, ["42d"], null, false));

        Assert.NotEmpty(points);
        Assert.All(points, point => Assert.Equal(DemoData.DemoAthleteId, point.AthleteId));
        Assert.Equal(DemoData.CoachAthleteId, emulator.Requests.Last!.AthleteId);
    }

    [Fact]
    public async Task Activity_Curves_CarryTheActivityAndItsDate_OnEveryRow()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var ride = FirstWithStreams("Ride");
        var id = ride["id"]!.GetValue<string>();

        var power = await CurveReader.ReadActivityAsync(session, IcuCurveType.Power, id, false, log, CancellationToken.None);
        var heartRate = await CurveReader.ReadActivityAsync(session, IcuCurveType.HeartRate, id, false, log, CancellationToken.None);

        Assert.All(power.Concat(heartRate), point =>
        {
            Assert.Equal((id, id), (point.Curve, point.ActivityId));
            Assert.Equal(ride["start_date_local"]!.GetValue<string>()[..10], point.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        });
        // The activity's longest point is its whole moving time (at most the stream's 4 hours): its average power.
        var longest = power.Where(point => point.Seconds <= ride["moving_time"]!.GetValue<int>()).Max(point => point.Seconds);
        Assert.Equal(longest, power[^1].Seconds);
        Assert.InRange(power[^1].Value!.Value, ride["icu_average_watts"]!.GetValue<int>() - 15, ride["icu_average_watts"]!.GetValue<int>() + 40);
        Assert.All(power, point => Assert.NotNull(point.WattsPerKg));
    }

    [Fact]
    public async Task Activity_Pace_GradeAdjusted_DiffersFromPlainPace_OnAHillyRun()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var id = FirstWithStreams("Run")["id"]!.GetValue<string>();

        var pace = await CurveReader.ReadActivityAsync(session, IcuCurveType.Pace, id, false, log, CancellationToken.None);
        var gap = await CurveReader.ReadActivityAsync(session, IcuCurveType.Pace, id, true, log, CancellationToken.None);

        Assert.Contains("gap=true", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
        Assert.Equal(pace.Select(point => point.Meters), gap.Select(point => point.Meters));
        Assert.NotEqual(pace.Select(point => point.Seconds), gap.Select(point => point.Seconds));
    }

    [Fact]
    public async Task Activity_Unknown_IsActivityNotFound()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var missing = await Assert.ThrowsAsync<IcuActivityException>(() => CurveReader.ReadActivityAsync(session, IcuCurveType.Power, "i1", false, log, CancellationToken.None));

        Assert.Equal(ActivityErrorIds.ActivityNotFound, missing.ErrorId);
    }

    [Fact]
    public async Task Activity_WithoutPower_IsCurveUnavailable_NamingTheFix()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var swim = FirstWithStreams("Swim")["id"]!.GetValue<string>();

        var refused = await Assert.ThrowsAsync<IcuCurveException>(() => CurveReader.ReadActivityAsync(session, IcuCurveType.Power, swim, false, log, CancellationToken.None));

        Assert.Equal(CurveErrorIds.CurveUnavailable, refused.ErrorId);
        Assert.Equal($"Activity {swim} has no power curve.", refused.Message);
        Assert.Contains("Get-IcuActivity -Id " + swim, refused.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_FromStrava_IsCurveUnavailable_WithTheServersReason()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var stub = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).First(DemoActivities.IsStravaStub)["id"]!.GetValue<string>();

        var refused = await Assert.ThrowsAsync<IcuCurveException>(() => CurveReader.ReadActivityAsync(session, IcuCurveType.HeartRate, stub, false, log, CancellationToken.None));

        Assert.Equal($"Activity {stub} has no heart rate curve: Cannot read Strava activities via the API.", refused.Message);
    }

    private async Task<List<IcuCurvePoint>> ReadAthleteAsync(IcuSession session, AthleteCurveQuery query) =>
        await CurveReader.ReadAthleteAsync(session, query, log, CancellationToken.None).ToListAsync();

    private JsonObject Activity(string id) => emulator.State.Activities.FindById(id)!.Value.Record;

    private JsonObject FirstWithStreams(string type) =>
        emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue)
            .First(activity => activity["type"]?.GetValue<string>() == type && DemoActivityStreams.Has(activity, "time"));
}
