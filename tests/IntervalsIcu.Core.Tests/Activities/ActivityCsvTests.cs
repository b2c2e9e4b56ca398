using System.Reflection;
using System.Text.RegularExpressions;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>
/// Get-IcuActivity | Export-Csv, read the way Export-Csv reads objects: every public property's
/// ToString(), plus the custom fields the cmdlet adds as note properties (CellValue of each).
/// </summary>
public sealed partial class ActivityCsvTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator;

    public ActivityCsvTests(EmulatorFixture fixture)
    {
        emulator = fixture.Fresh();
    }

    [Fact]
    public async Task ExportCsv_OfAYearOfDemoActivities_HasNoCellThatIsATypeName()
    {
        var rows = await ExportAsync(DateTime.Today.AddYears(-1), DateTime.Today);

        Assert.Contains(rows, row => row["Type"] == "Swim");
        Assert.Contains(rows, row => row["IsStravaStub"] == "True");
        foreach (var row in rows)
        {
            foreach (var (column, cell) in row)
            {
                Assert.False(TypeName().IsMatch(cell), $"column {column} holds the type name '{cell}'");
            }
        }
    }

    [Fact]
    public async Task ExportCsv_ArraysAreJoinedAndZoneTimesAreNamedColumns()
    {
        var rows = await ExportAsync(DateTime.Today.AddDays(-60), DateTime.Today);
        var ride = rows.First(row => row["Type"] == "Ride");

        Assert.Matches(@"^\d+(;\d+){6}$", ride["IcuHrZoneTimes"]);
        Assert.Equal(ride["IcuHrZoneTimes"].Split(';')[0], ride["IcuHrZoneTimeZ1Secs"]);
        Assert.Matches(@"^\d+$", ride["IcuZoneTimeZ4Secs"]);
        Assert.Matches(@"^\d+$", ride["IcuZoneTimeSsSecs"]);
        Assert.Equal("55;75;90;105;120;150;999", ride["IcuPowerZones"]);
        Assert.StartsWith("{", ride["Gear"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomFields_AreColumnsOfEveryRow_NullWhereAnActivityHasNone()
    {
        var rows = await ExportAsync(DateTime.Today.AddDays(-90), DateTime.Today);

        Assert.All(rows, row => Assert.True(row.ContainsKey(DemoActivities.SwolfField) && row.ContainsKey(DemoActivities.SurfaceField)));
        Assert.All(rows.Where(row => row["Type"] == "Swim"), swim => Assert.Matches(@"^\d+$", swim[DemoActivities.SwolfField]));
        Assert.All(rows.Where(row => row["Type"] == "Ride"), ride => Assert.Equal(string.Empty, ride[DemoActivities.SwolfField]));
        Assert.Contains(rows, row => row["Type"] == "Run" && row[DemoActivities.SurfaceField].Length > 0);
    }

    [Fact]
    public async Task CustomFieldCodes_ComeFromTheAthletesActivityFields()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);

        var codes = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);

        Assert.Equal([DemoActivities.SwolfField, DemoActivities.SurfaceField], codes);
    }

    [Fact]
    public async Task CustomFieldCodes_AfterConnect_CostNoRequestOfTheirOwn()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var readsByConnect = AthleteReads();

        var first = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);
        var second = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);

        Assert.Equal(1, readsByConnect);
        Assert.Equal(readsByConnect, AthleteReads());
        Assert.Equal([DemoActivities.SwolfField, DemoActivities.SurfaceField], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task CustomFieldCodes_OfASessionConnectedWithoutTheAthletesRead_AreReadOncePerSession()
    {
        using var session = await IcuConnector.ConnectAsync(
            Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey, DemoData.DemoAthleteId), skipValidation: true, TestOptions.Fast, new CapturingLog(), CancellationToken.None);

        var first = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);
        var second = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);

        Assert.Equal(1, AthleteReads());
        Assert.Equal([DemoActivities.SwolfField, DemoActivities.SurfaceField], first);
        Assert.Equal(first, second);
    }

    /// <summary>The columns and cells Export-Csv would write, one dictionary per activity.</summary>
    internal static List<Dictionary<string, string>> Rows(IEnumerable<IcuActivity> activities)
    {
        var properties = typeof(IcuActivity).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0).ToList();
        return activities.Select(activity =>
        {
            var row = properties.ToDictionary(property => property.Name, property => property.GetValue(activity)?.ToString() ?? string.Empty, StringComparer.Ordinal);
            foreach (var (name, value) in activity.GetCustomFields())
            {
                row.TryAdd(name, Convert.ToString(CellValue.From(value), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }

            return row;
        }).ToList();
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(DateTime oldest, DateTime newest)
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var codes = await ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None);
        var request = new ActivityListRequest { Range = ActivityRange.Resolve(oldest, newest, session.Today()), CustomFieldColumns = codes };
        return Rows(await ActivityLister.ListAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync());
    }

    private int AthleteReads() => emulator.Requests.All.Count(request => request.Method == "GET" && AthletePath().IsMatch(request.Path));

    [GeneratedRegex("^/api/v1/athlete/[^/]+$")]
    private static partial Regex AthletePath();

    // "System.Int32[]", "IntervalsIcu.Core.Model.IcuStravaGear", "System.Collections.Generic.List`1[...]".
    [GeneratedRegex(@"^(System|IntervalsIcu|Microsoft)\.[\w.`\[\], ]+$")]
    private static partial Regex TypeName();
}
