using System.Text.Json;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>Get-IcuWellness's reading: windows of a year, dates filtered, custom fields and sport info made CSV-safe.</summary>
public sealed class WellnessReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task ReadRange_TheDefaultWeek_ComesOldestFirstInOneRequest()
    {
        using var session = await DemoSessionAsync();
        var (oldest, newest) = WellnessDates.ResolveRange(null, null, session.Today());

        var days = await WellnessReader.ReadRangeAsync(session, oldest, newest, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 7).Reverse().Select(daysAgo => WellnessDates.Text(DemoWellness.DateOf(daysAgo))), days.Select(day => WellnessDates.Text(DateOnly.FromDateTime(day.Id!.Value))));
        Assert.Equal(1, emulator.Requests.Count("GET", "/wellness"));
    }

    [Fact]
    public async Task ReadRange_LongerThanAYear_IsReadAYearPerRequest()
    {
        using var session = await DemoSessionAsync();

        var days = await WellnessReader.ReadRangeAsync(session, session.Today().AddDays(-800), session.Today(), new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal(DemoWellness.SeededDays, days.Count);
        Assert.Equal(3, emulator.Requests.Count("GET", "/wellness"));
    }

    [Fact]
    public async Task ReadDates_ReturnsOnlyTheDatesAsked_ThatHaveARecord()
    {
        using var session = await DemoSessionAsync();
        var asked = new[] { DemoWellness.DateOf(3), DemoWellness.DateOf(1), DemoWellness.DateOf(400) };

        var days = await WellnessReader.ReadDatesAsync(session, asked, new CapturingLog(), CancellationToken.None).ToListAsync();

        Assert.Equal([WellnessDates.Text(DemoWellness.DateOf(3)), WellnessDates.Text(DemoWellness.DateOf(1))], days.Select(day => WellnessDates.Text(DateOnly.FromDateTime(day.Id!.Value))));
        Assert.Equal(2, emulator.Requests.Count("GET", "/wellness"));
    }

    [Fact]
    public async Task ReadRaw_GivesTheServersJson_CustomFieldsIncluded()
    {
        using var session = await DemoSessionAsync();

        var raw = await WellnessReader.ReadDatesRawAsync(session, [DemoWellness.DateOf(0)], new CapturingLog(), CancellationToken.None).SingleAsync();

        using var document = JsonDocument.Parse(raw);
        Assert.Equal(JsonValueKind.Number, document.RootElement.GetProperty(DemoWellness.CustomFieldCode).ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("menstrualPhase").ValueKind);
    }

    [Fact]
    public async Task Records_CustomFieldsBecomeCells_AndSportInfoOneLineOfText()
    {
        using var session = await DemoSessionAsync();
        var day = await WellnessReader.ReadDatesAsync(session, [DemoWellness.DateOf(0)], new CapturingLog(), CancellationToken.None).SingleAsync();

        var cells = WellnessRecords.CustomFieldCells(day);

        var cell = Assert.Single(cells);
        Assert.Equal(DemoWellness.CustomFieldCode, cell.Key);
        Assert.Equal(60.0, Convert.ToDouble(cell.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ride eftp=268 wPrime=18500 pMax=950", WellnessRecords.SportInfoText(day));
    }

    private Task<IcuSession> DemoSessionAsync() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));
}
