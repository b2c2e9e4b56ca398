using System.Globalization;
using System.Text.Json;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// Every number of one CSV file is written one way: lists and flattened text follow the culture like the
/// single numbers Export-Csv writes with ToString(), and nested objects are their JSON.
/// </summary>
public sealed class CsvCellCultureTests
{
    private const string ActivityJson = """
        {"id":"i1","distance":12828.45,"pace_zones":[77.5,87.7],"icu_zone_times":[{"id":"Z1","secs":600}],"GutFeeling":[1.5,2]}
        """;

    [Fact]
    public void NumberLists_OnGermanSettings_AreWrittenTheGermanWayLikeSingleNumbers()
    {
        var activity = JsonSerializer.Deserialize(ActivityJson, IcuModelJsonContext.Default.IcuActivity)!;

        var (single, list, custom) = TypedDateTests.WithCulture("de-DE", () =>
            (activity.Distance!.Value.ToString(CultureInfo.CurrentCulture), activity.PaceZones!.ToString(), CellValue.From(activity.GetCustomFields()["GutFeeling"])!.ToString()));

        Assert.Equal("12828,45", single);
        Assert.Equal("77,5;87,7", list);
        Assert.Equal("1,5;2", custom);
    }

    [Fact]
    public void NumberLists_OnInvariantSettings_UseTheDot()
    {
        var activity = JsonSerializer.Deserialize(ActivityJson, IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal("77.5;87.7", TypedDateTests.WithCulture("en-US", () => activity.PaceZones!.ToString()));
    }

    [Fact]
    public void ListsOfObjects_AreTheirJson_NotACount()
    {
        var activity = JsonSerializer.Deserialize(ActivityJson, IcuModelJsonContext.Default.IcuActivity)!;

        Assert.Equal("""[{"id":"Z1","secs":600}]""", TypedDateTests.WithCulture("de-DE", () => activity.IcuZoneTimes!.ToString()));
    }

    [Fact]
    public void WellnessSportInfoText_OnGermanSettings_WritesNumbersTheGermanWay()
    {
        var day = JsonSerializer.Deserialize(
            """{"id":"2026-11-27","sportInfo":[{"type":"Ride","eftp":250.5,"wPrime":18000}]}""", IcuModelJsonContext.Default.IcuWellness)!;

        Assert.Equal("Ride eftp=250,5 wPrime=18000", TypedDateTests.WithCulture("de-DE", () => WellnessRecords.SportInfoText(day)));
        Assert.Equal("""[{"type":"Ride","eftp":250.5,"wPrime":18000}]""", day.SportInfo!.ToString());
    }

    [Fact]
    public void Athlete_HasTheThresholdsOfEachSportAsColumns()
    {
        var athlete = JsonSerializer.Deserialize(
            """
            {"id":"i1","sportSettings":[
              {"types":["Ride","VirtualRide"],"ftp":265,"indoor_ftp":255,"lthr":168,"max_hr":185},
              {"types":["Run","TrailRun"],"lthr":171,"threshold_pace":3.9}]}
            """,
            IcuModelJsonContext.Default.IcuAthlete)!;

        Assert.Equal((265, 255, 168, 185), (athlete.RideFtp, athlete.RideIndoorFtp, athlete.RideLthr, athlete.RideMaxHr));
        Assert.Equal((171, 3.9), (athlete.RunLthr, athlete.RunThresholdPace));
        Assert.Null(athlete.SwimThresholdPace);
        Assert.Same(athlete.SportSettings![1], athlete.SportSettingsFor("trailrun"));
    }
}
