using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Events;

/// <summary>Manual activities: upserted by ExternalId on a re-run, h:mm:ss durations, bad rows alone, no replay without ExternalId.</summary>
public sealed class ManualActivityWriterTests(EmulatorFixture fixture) : EventUploadTestBase(fixture)
{
    [Fact]
    public async Task ReRunWithTheSameExternalIds_UpdatesTheActivities_InsteadOfAddingOnes()
    {
        var rows = new List<EventRow>
        {
            new() { Date = "2031-02-01", Time = "07:15", Type = "Run", Name = "Easy run", MovingTime = "0:45:00", Distance = "8000", Rpe = "4", ExternalId = "log-1" },
            new() { Date = "2031-02-02", Type = "Swim", Name = "Pool", MovingTime = "1800", ExternalId = "log-2" },
        };

        var first = await WriteAsync(rows);
        rows[0] = new() { Date = "2031-02-01", Time = "07:15", Type = "Run", Name = "Easy run", MovingTime = "0:50:00", Distance = "8000", ExternalId = "log-1" };
        var second = await WriteAsync(rows);

        Assert.Equal(first[0].Activity!.Id, second[0].Activity!.Id);
        Assert.Equal(3000, second[0].Activity!.MovingTime);
        Assert.Equal(4, second[0].Activity!.IcuRpe);
        Assert.Equal(2, Emulator.State.Activities.Count(AthleteId));
        Assert.Equal("2031-02-01T07:15:00", Emulator.State.Activities.FindById(first[0].Activity!.Id!)!.Value.Record["start_date_local"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABadRow_FailsAlone_AndA503WithoutExternalId_IsNeverReplayed()
    {
        Emulator.Faults.FailNext(1, 503, pathContains: "/manual/bulk");
        var rows = new List<EventRow>
        {
            new() { Date = "2031-02-05", Type = "Ride", Name = "No key", MovingTime = "3600", Source = "row 1" },
            new() { Date = "2031-02-06", Name = "No type", MovingTime = "3600", ExternalId = "log-3", Source = "row 2" },
        };

        var results = await WriteAsync(rows);

        Assert.Equal(EventErrorIds.ActivityRowFailed, results[0].Error!.ErrorId);
        Assert.Contains("not repeated", results[0].Error!.FixHint, StringComparison.Ordinal);
        Assert.Contains("Type", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, Requests("POST", "/manual/bulk"));
        Assert.Equal(0, Emulator.State.Activities.Count(AthleteId));
    }

    private async Task<IReadOnlyList<ManualActivityResult>> WriteAsync(IReadOnlyList<EventRow> rows)
    {
        using var session = await SessionAsync();
        Emulator.Requests.Clear();
        return await ManualActivityWriter.WriteAsync(session, rows, 100, Log, CancellationToken.None);
    }
}
