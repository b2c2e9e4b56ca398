using System.Globalization;
using System.Text.Json;
using IntervalsIcu.Core.Fitness;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Requests;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Fitness;

/// <summary>Get-IcuFitness's reading against the emulator, whose fitness chart is computed from the demo activities' loads.</summary>
public sealed class FitnessReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task ReadRange_GivesOneRowPerDay_WithTheServersCtlAtlRampRate_AndFormAsCtlMinusAtl()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var (oldest, newest) = (session.Today().AddDays(-6), session.Today());

        var days = await FitnessReader.ReadRangeAsync(session, oldest, newest, log, CancellationToken.None).ToListAsync();
        var wellness = await WellnessDaysAsync(session, oldest, newest);

        Assert.Equal(Enumerable.Range(0, 7).Select(offset => oldest.AddDays(offset)), days.Select(day => DateOnly.FromDateTime(day.Date)));
        Assert.All(days, day =>
        {
            var record = wellness[DateOnly.FromDateTime(day.Date)];
            Assert.Equal(record.GetProperty("ctl").GetDouble(), day.Ctl);
            Assert.Equal(record.GetProperty("atl").GetDouble(), day.Atl);
            Assert.Equal(record.GetProperty("rampRate").GetDouble(), day.RampRate);
            Assert.Equal(day.Ctl - day.Atl, day.Form);
            Assert.Equal(DemoData.DemoAthleteId, day.AthleteId);
        });
    }

    [Fact]
    public async Task ReadRange_AsksOnlyForTheFitnessFields()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        await FitnessReader.ReadRangeAsync(session, session.Today().AddDays(-2), session.Today(), log, CancellationToken.None).ToListAsync();

        var request = Assert.Single(emulator.Requests.All, r => r.Path.EndsWith("/wellness", StringComparison.Ordinal));
        Assert.Contains("fields=id%2Cctl%2Catl%2CrampRate", request.QueryString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadRange_LongerThanTenYears_IsReadTenYearsPerRequestOfTheChartFieldsOnly_OldestFirst()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var days = await FitnessReader.ReadRangeAsync(session, session.Today().AddDays(-4000), session.Today(), log, CancellationToken.None).ToListAsync();

        Assert.Equal(DemoWellness.SeededDays, days.Count);
        Assert.Equal(days.OrderBy(day => day.Date).Select(day => day.Date), days.Select(day => day.Date));
        Assert.Equal(2, emulator.Requests.Count("GET", "/wellness"));
        Assert.All(
            emulator.Requests.All.Where(request => request.Path.EndsWith("/wellness", StringComparison.Ordinal)),
            request => Assert.Contains("fields=id,ctl,atl,rampRate", Uri.UnescapeDataString(request.QueryString), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadRange_ForACoachedAthlete_ReadsTheirChart()
    {
        using var coach = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey), log);
        using var session = await AthleteSessions.ForAthleteAsync(coach, DemoData.DemoAthleteId, log, CancellationToken.None);

        var days = await FitnessReader.ReadRangeAsync(session, session.Today().AddDays(-6), session.Today(), log, CancellationToken.None).ToListAsync();

        Assert.Equal(7, days.Count);
        Assert.All(days, day => Assert.Equal(DemoData.DemoAthleteId, day.AthleteId));
        Assert.Contains(emulator.Requests.All, r => r.Path == $"/api/v1/athlete/{DemoData.DemoAthleteId}/wellness");
    }

    [Fact]
    public async Task EmulatorChart_FollowsTheActivityLoads_RestDaysLowerFitnessAndFatigue_AndRampIsTheWeeksChange()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var (oldest, newest) = (session.Today().AddDays(-(DemoWellness.SeededDays - 1)), session.Today());
        var days = await FitnessReader.ReadRangeAsync(session, oldest, newest, log, CancellationToken.None).ToListAsync();
        var loads = await LoadByDayAsync(session, oldest, newest);

        for (var i = 1; i < days.Count; i++)
        {
            var (before, day) = (days[i - 1], days[i]);
            var load = loads.GetValueOrDefault(DateOnly.FromDateTime(day.Date));
            Assert.Equal(load > before.Ctl, day.Ctl > before.Ctl);
            Assert.Equal(load > before.Atl, day.Atl > before.Atl);
            if (i >= DemoFitness.RampDays)
            {
                Assert.Equal(day.Ctl!.Value - days[i - DemoFitness.RampDays].Ctl!.Value, day.RampRate!.Value, 9);
            }
        }

        Assert.Contains(days, day => day.Form < 0);
        Assert.All(days, day => Assert.InRange(day.Ctl!.Value, 20, 200));
    }

    [Fact]
    public async Task ReadSummary_AsCoach_GivesOneRowPerAthlete_WithTheChartOfTheLastDay_AndTheRangesActivities()
    {
        using var coach = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey), log);
        using var alex = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var (oldest, newest) = (alex.Today().AddDays(-13), alex.Today().AddDays(-1));

        var summaries = await FitnessReader.ReadSummaryAsync(coach, oldest, newest, log, CancellationToken.None).ToListAsync();
        var chart = await FitnessReader.ReadRangeAsync(alex, newest, newest, log, CancellationToken.None).SingleAsync();
        var loads = await LoadByDayAsync(alex, oldest, newest);

        Assert.Equal([DemoData.CoachAthleteId, DemoData.DemoAthleteId, DemoData.CoachedRunnerId], summaries.Select(s => s.AthleteId));
        var summary = summaries[1];
        Assert.Equal(chart.Ctl, summary.Fitness);
        Assert.Equal(chart.Atl, summary.Fatigue);
        Assert.Equal(chart.Form, summary.Form);
        Assert.Equal(chart.RampRate, summary.RampRate);
        Assert.Equal((int)loads.Values.Sum(), summary.TrainingLoad);
        Assert.Equal(summary.Count, summary.ByCategory!.Sum(category => category.Count));
        Assert.Equal(Text(oldest), summary.Date);
        Assert.Equal("Alex Rider", summary.AthleteName);
    }

    [Fact]
    public async Task ReadSummary_WithAnOAuthToken_GivesOnlyTheTokensAthlete()
    {
        using var session = await Connect.SessionAsync(Connect.WithToken(emulator.BaseUri, DemoData.ReadAllToken), log);

        var summaries = await FitnessReader.ReadSummaryAsync(session, session.Today().AddDays(-6), session.Today(), log, CancellationToken.None).ToListAsync();

        Assert.Equal([DemoData.DemoAthleteId], summaries.Select(s => s.AthleteId));
    }

    private static async Task<Dictionary<DateOnly, JsonElement>> WellnessDaysAsync(IcuSession session, DateOnly oldest, DateOnly newest)
    {
        var query = new Dictionary<string, object?> { ["oldest"] = Text(oldest), ["newest"] = Text(newest) };
        var days = new Dictionary<DateOnly, JsonElement>();
        await foreach (var day in Invoke(session, "listWellnessRecords", query))
        {
            days[DateOnly.ParseExact(day.GetProperty("id").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)] = day;
        }

        return days;
    }

    private static async Task<Dictionary<DateOnly, double>> LoadByDayAsync(IcuSession session, DateOnly oldest, DateOnly newest)
    {
        // Both bounds are inclusive local dates (api-facts §4).
        var query = new Dictionary<string, object?> { ["oldest"] = Text(oldest), ["newest"] = Text(newest) };
        var loads = new Dictionary<DateOnly, double>();
        await foreach (var activity in Invoke(session, "listActivities", query))
        {
            if (activity.TryGetProperty("icu_training_load", out var load) && load.ValueKind == JsonValueKind.Number)
            {
                var date = DateOnly.ParseExact(activity.GetProperty("start_date_local").GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                loads[date] = loads.GetValueOrDefault(date) + load.GetDouble();
            }
        }

        return loads;
    }

    private static async IAsyncEnumerable<JsonElement> Invoke(IcuSession session, string operationId, Dictionary<string, object?> query)
    {
        var request = IcuRequestPreparer.Prepare(new() { OperationId = operationId, Query = query }, session.AthleteId, new CapturingLog());
        await foreach (var item in IcuRequestInvoker.InvokeAsync(session, request, raw: false, new CapturingLog(), CancellationToken.None))
        {
            if (item is JsonElement element)
            {
                yield return element;
            }
        }
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
