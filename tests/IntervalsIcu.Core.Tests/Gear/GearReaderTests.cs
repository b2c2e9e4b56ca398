using System.Text.Json;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Gear;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Requests;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Gear;

/// <summary>Reading gear against the emulator, whose demo gear is summed from the demo activities.</summary>
public sealed class GearReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task List_ReadsEveryItem_WithDistanceTimeAndActivitiesOfItsRides()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var gear = await ListAsync(session, null);
        var rides = new List<JsonElement>();
        var listActivities = IcuRequestPreparer.Prepare(new() { OperationId = "listActivities", Query = new Dictionary<string, object?> { ["oldest"] = "2000-01-01" } }, session.AthleteId, log);
        await foreach (var activity in IcuRequestInvoker.InvokeAsync(session, listActivities, raw: false, log, CancellationToken.None))
        {
            // Strava stubs carry no type.
            if (activity is JsonElement element && element.TryGetProperty("type", out var type) && type.GetString() == "Ride")
            {
                rides.Add(element);
            }
        }

        Assert.Equal([DemoGear.RoadBikeId, DemoGear.TrainerBikeId, DemoGear.ShoesId, DemoGear.ChainId], gear.Select(g => g.Id));
        var road = gear[0];
        Assert.Equal("Bike", road.Type);
        Assert.Equal(rides.Count, road.Activities);
        Assert.Equal(Math.Round(rides.Sum(r => r.GetProperty("distance").GetDouble()), 1), road.Distance!.Value, 1);
        Assert.Equal([DemoGear.ChainId], road.ComponentIds);
    }

    [Fact]
    public async Task List_ChainReminder_SaysHowMuchIsUsed()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var chain = (await ListAsync(session, null)).Single(g => g.Id == DemoGear.ChainId);
        var reminder = Assert.Single(chain.Reminders!);

        Assert.True(chain.Component);
        Assert.Equal("Replace chain", reminder.Name);
        Assert.Equal(DemoGear.ChainReminderMetres, reminder.Distance);
        Assert.Equal(Math.Round(chain.Distance!.Value / DemoGear.ChainReminderMetres * 100, 1), reminder.PercentUsed);
        Assert.InRange(reminder.PercentUsed!.Value, 0.1, 100);
    }

    private async Task<List<IcuGear>> ListAsync(IcuSession session, string? athleteId) =>
        await GearReader.ListAsync(session, athleteId, log, CancellationToken.None).ToListAsync();
}
