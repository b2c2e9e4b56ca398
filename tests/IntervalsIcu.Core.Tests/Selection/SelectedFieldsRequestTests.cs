using System.Text.Json;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Selection;
using IntervalsIcu.Core.Tests.Activities;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Selection;

/// <summary>-Property against the emulator: the lists ask for fields=, the server sends only those (nulls dropped), unknown names send nothing.</summary>
public sealed class SelectedFieldsRequestTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task ActivityList_WithSelection_AsksForThoseFields_AndGetsNoOthers()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var selection = PropertyCatalog.Activity.Select(["Name", "IcuTrainingLoad", "IcuZoneTimeZ2Secs", "SWOLF"], () => ["SWOLF", "Surface"]);
        emulator.Requests.Clear();
        var request = new ActivityListRequest { Range = ActivityRange.Resolve(DateTime.Today.AddDays(-30), DateTime.Today, DateOnly.FromDateTime(DateTime.Today)), Fields = selection.FieldsQuery };

        var raw = await ActivityLister.ListRawAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync();

        var sent = Assert.Single(emulator.Requests.All);
        Assert.Contains("fields=id%2Cstart_date_local%2Ctype%2Cname%2Cicu_training_load%2Cicu_zone_times%2CSWOLF%2Csource", sent.QueryString, StringComparison.Ordinal);
        Assert.NotEmpty(raw);
        var allowed = new HashSet<string>(selection.ApiFields);
        Assert.All(raw, text => Assert.All(JsonDocument.Parse(text).RootElement.EnumerateObject(), field =>
        {
            Assert.Contains(field.Name, allowed);
            Assert.NotEqual(JsonValueKind.Null, field.Value.ValueKind);
        }));
    }

    [Fact]
    public async Task ActivityList_WithSelection_StillCountsStravaStubs()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var stubs = new StravaStubTally();
        var request = new ActivityListRequest
        {
            Range = ActivityRange.Resolve(DateTime.Today.AddYears(-3), DateTime.Today, DateOnly.FromDateTime(DateTime.Today)),
            Fields = PropertyCatalog.Activity.Select(["Name"]).FieldsQuery,
            StravaStubs = stubs,
        };
        var everything = new StravaStubTally();

        await ActivityLister.ListAsync(session, request, new CapturingLog(), CancellationToken.None).ToListAsync();
        await ActivityLister.ListAsync(session, request with { Fields = null, StravaStubs = everything }, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.True(everything.Count > 0, "the demo data has Strava stubs");
        Assert.Equal(everything.Count, stubs.Count);
    }

    [Fact]
    public async Task WellnessList_WithSelection_AsksForThoseFields()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var selection = PropertyCatalog.Wellness.Select(["restingHR", "Weight", "BodyBattery"]);
        emulator.Requests.Clear();

        var days = await WellnessReader.ReadRangeAsync(session, DemoWellness.DateOf(6), DemoWellness.DateOf(0), new CapturingLog(), CancellationToken.None, fields: selection.FieldsQuery).ToListAsync();

        Assert.Contains("fields=id%2CrestingHR%2Cweight%2CBodyBattery", Assert.Single(emulator.Requests.All).QueryString, StringComparison.Ordinal);
        Assert.Equal(7, days.Count);
        Assert.All(days, day =>
        {
            Assert.NotNull(day.RestingHR);
            Assert.Null(day.Hrv);
            Assert.Equal(["BodyBattery"], day.GetCustomFields().Keys);
        });
    }

    [Fact]
    public async Task UnknownName_FailsWithoutAnyRequest()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        emulator.Requests.Clear();

        Assert.Throws<IcuUnknownPropertyException>(() => PropertyCatalog.Activity.Select(["Nmae"], () => ActivityCustomFields.ReadCodesAsync(session, new CapturingLog(), CancellationToken.None).GetAwaiter().GetResult()));

        Assert.Empty(emulator.Requests.All);
    }
}
