using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.SportSettings;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.SportSettings;

/// <summary>Reading and changing sport settings against the emulator, whose athletes start with Ride and Run settings.</summary>
public sealed class SportSettingsClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task List_ReadsRideAndRunSettings_WithThresholdsAndZones()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var settings = await ListAsync(session, null);

        var ride = settings.Single(s => s.Types!.Contains("Ride"));
        var run = settings.Single(s => s.Types!.Contains("Run"));
        Assert.Equal(265, ride.Ftp);
        Assert.Equal(168, ride.Lthr);
        Assert.Equal(7, ride.HrZones!.Count);
        Assert.Equal(3.9, run.ThresholdPace);
        Assert.Null(run.Ftp);
    }

    [Fact]
    public async Task Get_ByActivityTypeCoveredBySettings_FindsThem()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var settings = await SportSettingsClient.GetAsync(session, null, "VirtualRide", log, CancellationToken.None);

        Assert.Contains("Ride", settings.Types!);
    }

    [Fact]
    public async Task Get_SportWithoutSettings_IsSportSettingNotFound()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var error = await Assert.ThrowsAsync<IcuSportSettingsException>(() => SportSettingsClient.GetAsync(session, null, "Swim", log, CancellationToken.None));

        Assert.Equal(SportSettingsErrorIds.SportSettingsNotFound, error.ErrorId);
        Assert.Contains("Swim", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.FixHint);
    }

    [Fact]
    public async Task Update_SendsOnlyTheGivenFields_AndTheServerKeepsTheRest()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var ride = await SportSettingsClient.GetAsync(session, null, "Ride", log, CancellationToken.None);

        var updated = await SportSettingsClient.UpdateAsync(session, null, ride.Id!.Value, new SportSettingsEdit { Ftp = 271 }, false, log, CancellationToken.None);

        var put = emulator.Requests.All.Last(r => r.Method == "PUT");
        Assert.Equal("""{"ftp":271}""", put.Body);
        Assert.Equal("?recalcHrZones=false", put.QueryString);
        Assert.Equal(271, updated.Ftp);
        Assert.Equal(ride.IndoorFtp, updated.IndoorFtp);
        Assert.Equal(271, (await SportSettingsClient.GetAsync(session, null, "Ride", log, CancellationToken.None)).Ftp);
    }

    [Fact]
    public async Task Update_WithRecalculatedHrZones_ZonesFollowTheNewLthr()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var ride = await SportSettingsClient.GetAsync(session, null, "Ride", log, CancellationToken.None);

        var kept = await SportSettingsClient.UpdateAsync(session, null, ride.Id!.Value, new SportSettingsEdit { Lthr = 172 }, false, log, CancellationToken.None);
        var recalculated = await SportSettingsClient.UpdateAsync(session, null, ride.Id!.Value, new SportSettingsEdit { Lthr = 176 }, true, log, CancellationToken.None);

        Assert.Equal(ride.HrZones, kept.HrZones);
        Assert.NotEqual(ride.HrZones, recalculated.HrZones);
        Assert.Equal([143, 158, 168, 176, 182, 187, 188], recalculated.HrZones!);
    }

    [Fact]
    public async Task ApplyToActivities_RezonesPastActivitiesOfTheSport()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var ride = await SportSettingsClient.GetAsync(session, null, "Ride", log, CancellationToken.None);
        await SportSettingsClient.UpdateAsync(session, null, ride.Id!.Value, new SportSettingsEdit { Ftp = 280 }, false, log, CancellationToken.None);
        var before = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue);

        await SportSettingsClient.ApplyToActivitiesAsync(session, null, ride.Id!.Value, log, CancellationToken.None);

        var after = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue);
        Assert.DoesNotContain(before, a => a["icu_ftp"]?.GetValue<int>() == 280);
        Assert.Contains(after, a => a["type"]?.GetValue<string>() == "Ride" && a["icu_ftp"]?.GetValue<int>() == 280);
        Assert.DoesNotContain(after, a => a["type"]?.GetValue<string>() == "Run" && a["icu_ftp"]?.GetValue<int>() == 280);
    }

    [Fact]
    public void ChangesFrom_ListsOnlyFieldsThatDiffer()
    {
        var current = new IcuSportSettings { Ftp = 265, Lthr = 168, ThresholdPace = 3.9 };

        var changes = new SportSettingsEdit { Ftp = 265, Lthr = 170, ThresholdPace = 4.0 }.ChangesFrom(current);

        Assert.Equal(["lthr 168 -> 170", "threshold_pace 3.9 -> 4"], changes.Select(c => c.ToString()));
    }

    private async Task<List<IcuSportSettings>> ListAsync(IcuSession session, string? athleteId) =>
        await SportSettingsClient.ListAsync(session, athleteId, log, CancellationToken.None).ToListAsync();
}
