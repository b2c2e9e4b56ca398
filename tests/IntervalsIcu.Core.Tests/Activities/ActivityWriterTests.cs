using System.Text.Json.Nodes;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Set-IcuActivity and Remove-IcuActivity: a partial update sends only what was given.</summary>
public sealed class ActivityWriterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();

    [Fact]
    public async Task Update_SendsOnlyTheGivenFields_AndClearedNumbersAsMinusOne()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i21", "2024-03-03T10:00:00", "Ride"));
        var update = new ActivityUpdate { Name = "Hill repeats", Trainer = false, GearId = "b42", Tags = ["hills"], Clear = [ActivityNumericField.Feel, ActivityNumericField.Rpe] };

        var updated = await ActivityWriter.UpdateAsync(session, "i21", update, new CapturingLog(), CancellationToken.None);

        var body = JsonNode.Parse(emulator.Requests.Last!.Body)!.AsObject();
        Assert.Equal(["name", "trainer", "gear", "tags", "feel", "icu_rpe"], body.Select(field => field.Key));
        Assert.Equal(-1, body["feel"]!.GetValue<int>());
        Assert.Equal("""{"id":"b42"}""", body["gear"]!.ToJsonString());
        Assert.Equal("Hill repeats", updated.Name);
        Assert.Equal("Ride", updated.Type);
        Assert.Equal("PUT", emulator.Requests.Last!.Method);
    }

    [Fact]
    public async Task Update_WithNothingToChange_IsRefusedBeforeAnyRequest()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i22", "2024-03-03T10:00:00", "Ride"));
        emulator.Requests.Clear();

        var error = await Assert.ThrowsAsync<IcuActivityException>(() => ActivityWriter.UpdateAsync(session, "i22", new ActivityUpdate(), new CapturingLog(), CancellationToken.None));

        Assert.Equal("IcuNoActivityChange", error.ErrorId);
        Assert.Equal(0, emulator.Requests.Count());
    }

    [Fact]
    public async Task Update_StravaStub_IsRefusedByTheServer()
    {
        using var session = await ActivityTestData.DemoSessionAsync(emulator);
        var stub = emulator.State.Activities.List(DemoData.DemoAthleteId, DateTime.MinValue, DateTime.MaxValue).First(DemoActivities.IsStravaStub)["id"]!.GetValue<string>();

        await Assert.ThrowsAsync<IcuValidationException>(() => ActivityWriter.UpdateAsync(session, stub, new ActivityUpdate { Name = "x" }, new CapturingLog(), CancellationToken.None));
    }

    [Fact]
    public async Task Delete_RemovesTheActivity_AndAnUnknownIdIsNotFound()
    {
        using var session = await ActivityTestData.AthleteWithAsync(emulator, ("i23", "2024-03-03T10:00:00", "Ride"));

        var deleted = await ActivityWriter.DeleteAsync(session, "i23", new CapturingLog(), CancellationToken.None);

        Assert.Equal(new IcuDeletedActivity("i23", session.AthleteId), deleted);
        Assert.Null(emulator.State.Activities.FindById("i23"));
        await Assert.ThrowsAsync<IcuNotFoundException>(() => ActivityWriter.DeleteAsync(session, "i23", new CapturingLog(), CancellationToken.None));
    }
}
