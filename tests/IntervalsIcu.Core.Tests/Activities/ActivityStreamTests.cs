using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Get-IcuActivityStream: the API's streams pivoted into one row per sample.</summary>
public sealed class ActivityStreamTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task Streams_OfARide_PivotIntoRowsWithAColumnPerStream_TimeFirst_LatLngSplit()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var ride = LastOfType("Ride");

        var streams = await ActivityStreamReader.GetAsync(session, ride.Id, ["watts", "heartrate", "latlng", "time"], new CapturingLog(), CancellationToken.None);
        var table = ActivityStreamTable.From(streams);

        Assert.Equal(["Time", "Watts", "HeartRate", "Latitude", "Longitude"], table.Columns);
        Assert.Equal(Math.Min(ride.MovingTime, 4 * 3600), table.RowCount);
        var second = table.Row(1);
        Assert.Equal(1L, second[0]);
        Assert.IsType<long>(second[1]);
        Assert.IsType<double>(second[3]);
        Assert.Contains("types=watts%2Cheartrate%2Clatlng%2Ctime", emulator.Requests.Last!.QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_WithoutTypes_AreTheServersDefaultWithRawWatts()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);

        var streams = await ActivityStreamReader.GetAsync(session, LastOfType("Ride").Id, [], new CapturingLog(), CancellationToken.None);

        Assert.Contains(streams, stream => stream.Type == "raw_watts");
        Assert.Contains("RawWatts", ActivityStreamTable.From(streams).Columns);
        Assert.Equal(string.Empty, emulator.Requests.Last!.QueryString);
    }

    [Fact]
    public async Task Streams_OfAStravaStub_AreRefusedWithTheServersReason()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var stub = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).First(DemoActivities.IsStravaStub)["id"]!.GetValue<string>();

        var error = await Assert.ThrowsAsync<IcuValidationException>(() => ActivityStreamReader.GetAsync(session, stub, [], new CapturingLog(), CancellationToken.None));

        Assert.Contains("Cannot read Strava activities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_OfASwimAndARide_ShareTheUnionOfColumns_TheSwimsMissingOnesEmpty()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var swim = ActivityStreamTable.From(await ActivityStreamReader.GetAsync(session, LastOfType("Swim").Id, [], new CapturingLog(), CancellationToken.None));
        var ride = ActivityStreamTable.From(await ActivityStreamReader.GetAsync(session, LastOfType("Ride").Id, [], new CapturingLog(), CancellationToken.None));

        var columns = ActivityStreamTable.Union([swim, ride]);

        Assert.Equal("Time", columns[0]);
        Assert.Superset(new HashSet<string>(ride.Columns), new HashSet<string>(columns));
        Assert.Contains("RawWatts", columns);
        Assert.DoesNotContain("RawWatts", swim.Columns);
        var swimRow = swim.Row(1, columns);
        Assert.Equal(columns.Count, swimRow.Length);
        Assert.Null(swimRow[columns.ToList().IndexOf("RawWatts")]);
        Assert.Equal(swim.Row(1)[swim.Columns.ToList().IndexOf("HeartRate")], swimRow[columns.ToList().IndexOf("HeartRate")]);
    }

    [Fact]
    public void ColumnsOf_AskedForTypes_AreTimeFirstThenEachTypesColumns()
    {
        Assert.Equal(["Time", "Watts", "HeartRate", "Latitude", "Longitude"], ActivityStreamTable.ColumnsOf(["watts", "heartrate", "latlng", "time"]));
    }

    [Theory]
    [InlineData("heartrate", "HeartRate")]
    [InlineData("velocity_smooth", "Velocity")]
    [InlineData("respiration_rate", "RespirationRate")]
    [InlineData("SWOLF", "SWOLF")]
    [InlineData("power2", "Power2")]
    public void ColumnName_IsPascalCase(string streamType, string column)
    {
        Assert.Equal(column, ActivityStreamTable.ColumnName(streamType));
    }

    private (string Id, int MovingTime) LastOfType(string type)
    {
        var activity = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).Last(activity => activity["type"]?.GetValue<string>() == type);
        return (activity["id"]!.GetValue<string>(), activity["moving_time"]!.GetValue<int>());
    }
}
