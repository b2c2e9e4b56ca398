using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Library;

/// <summary>
/// Creating library workouts against the emulator: one POST for one workout, bulk for several, workout text
/// or a file, rows that fail before sending, and a bulk the server refuses for one row while the others go in.
/// Each test creates its own folder, so what it counts is its own.
/// </summary>
public sealed class WorkoutCreatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task OneWorkout_FromText_IsOnePost_AndTheServerReadsItsTimeAndLoad()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();

        var results = await WorkoutCreator.CreateAsync(session, [new WorkoutRow { FolderId = folder, Name = "Threshold 2x20", Type = "Ride", Description = "- 10m 60%\r\n\r\n2x\r\n- 20m 95%\r\n- 5m 50%\r\n\r\n- 10m 50%" }], log, CancellationToken.None);

        var result = Assert.Single(results);
        Assert.Equal(WorkoutResultStatus.Created, result.Status);
        Assert.Equal(folder, result.FolderId);
        Assert.Equal((10 + 50 + 10) * 60, result.MovingTime);
        Assert.True(result.IcuTrainingLoad > 0);
        var sent = Assert.Single(emulator.Requests.All, request => request.Method == "POST");
        Assert.EndsWith("/workouts", sent.Path, StringComparison.Ordinal);
        // CSV's CR LF is sent as LF: the workout text's lines are what the server parses.
        Assert.Equal("- 10m 60%\n\n2x\n- 20m 95%\n- 5m 50%\n\n- 10m 50%", JsonNode.Parse(sent.Body!)!["description"]!.GetValue<string>());
        Assert.Equal(result.Id, emulator.State.Library.Workouts(session.AthleteId).Single(w => w["folder_id"]!.GetValue<int>() == folder)["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task SeveralWorkouts_GoInOneBulkRequest_AndComeBackInTheirOrder()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();
        var rows = Enumerable.Range(1, 4).Select(n => new WorkoutRow { FolderId = folder.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = $"Day {n}", Type = "Run", Description = $"- {n * 10}m Z2", Day = n }).ToList();

        var results = await WorkoutCreator.CreateAsync(session, rows, log, CancellationToken.None);

        Assert.Equal(["Day 1", "Day 2", "Day 3", "Day 4"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.Equal(WorkoutResultStatus.Created, r.Status));
        Assert.Equal([600, 1200, 1800, 2400], results.Select(r => r.MovingTime ?? 0));
        Assert.Equal(1, emulator.Requests.Count("POST", "/workouts/bulk"));
        Assert.Equal([1, 2, 3, 4], results.Select(r => r.GetWorkout()!.Day ?? 0));
    }

    [Fact]
    public async Task AWorkoutFile_IsSentAsItsContents_NamedAfterTheFile_AndTheServerReadsIt()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();
        var file = Path.Combine(Path.GetTempPath(), "Sweet spot 30-" + Guid.NewGuid().ToString("N")[..6] + ".zwo");
        await File.WriteAllTextAsync(file, "<workout_file><workout><SteadyState Duration=\"1800\" Power=\"0.9\"/></workout></workout_file>");
        try
        {
            var result = Assert.Single(await WorkoutCreator.CreateAsync(session, [new WorkoutRow { FolderId = folder, Type = "Ride", File = file }], log, CancellationToken.None));

            Assert.Equal(WorkoutResultStatus.Created, result.Status);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Name);
            Assert.Equal(1800, result.MovingTime);
            var sent = JsonNode.Parse(Assert.Single(emulator.Requests.All, request => request.Method == "POST").Body!)!;
            Assert.Equal(Path.GetFileName(file), sent["filename"]!.GetValue<string>());
            Assert.Equal(Convert.ToBase64String(await File.ReadAllBytesAsync(file)), sent["file_contents_base64"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RowsWithoutFolderOrName_OrWithAFileThatIsNotAWorkout_FailBeforeAnythingIsSent_NamingTheProblem()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();
        var rows = new List<WorkoutRow>
        {
            new() { Name = "No folder", Description = "- 10m 60%", Source = "row 1" },
            new() { FolderId = folder, Description = "- 10m 60%" },
            new() { FolderId = folder, File = "/tmp/plan.txt" },
            new() { FolderId = "abc", Name = "Bad folder" },
            new() { FolderId = folder, Name = new string('x', 81) },
        };

        var results = await WorkoutCreator.CreateAsync(session, rows, log, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(WorkoutResultStatus.Failed, r.Status));
        Assert.All(results, r => Assert.Equal(LibraryErrorIds.InvalidWorkoutRow, r.ErrorId));
        Assert.Contains("-FolderId", results[0].Error, StringComparison.Ordinal);
        Assert.Equal("row 1", results[0].GetSource());
        Assert.Contains("no name", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("/tmp/plan.txt", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("'abc'", results[3].Error, StringComparison.Ordinal);
        Assert.Contains("81 characters", results[4].Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Requests.Count("POST", "/workouts"));
    }

    [Fact]
    public async Task ABulkTheServerRefusesForOneRow_CreatesTheOthers_AndReportsThatRowWithItsData()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();
        var broken = Path.Combine(Path.GetTempPath(), "broken-" + Guid.NewGuid().ToString("N") + ".zwo");
        await File.WriteAllTextAsync(broken, "not xml");
        var rows = Enumerable.Range(1, 5).Select(n => new WorkoutRow { FolderId = folder, Name = $"W{n}", Description = "- 20m 70%", Source = $"row {n}" }).ToList();
        rows[3] = rows[3] with { Name = "Broken", Description = null, File = broken };
        try
        {
            var results = await WorkoutCreator.CreateAsync(session, rows, log, CancellationToken.None);

            Assert.Equal(
                [WorkoutResultStatus.Created, WorkoutResultStatus.Created, WorkoutResultStatus.Created, WorkoutResultStatus.Failed, WorkoutResultStatus.Created],
                results.Select(r => r.Status));
            var failed = results[3];
            Assert.Equal(LibraryErrorIds.CreateFailed, failed.ErrorId);
            Assert.Equal("row 4", failed.GetSource());
            Assert.Contains("Broken", failed.Error, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(broken), failed.Error, StringComparison.Ordinal);
            Assert.IsType<IcuValidationException>(failed.GetException()!.InnerException);
            Assert.Contains("Get-IcuWorkout -FolderId", failed.GetException()!.FixHint, StringComparison.Ordinal);
            Assert.Equal(["W1", "W2", "W3", "W5"], emulator.State.Library.Workouts(session.AthleteId).Where(w => w["folder_id"]!.GetValue<int>() == folder).Select(w => w["name"]!.GetValue<string>()));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task RowsNotApproved_AreSkipped_AndNothingIsSentForThem()
    {
        using var session = await ConnectAsync();
        var folder = NewFolder();
        var plan = WorkoutCreator.Plan(session, [new WorkoutRow { FolderId = folder, Name = "Yes", Description = "- 5m 50%" }, new WorkoutRow { FolderId = folder, Name = "No", Description = "- 5m 50%" }]);

        var results = await WorkoutCreator.CreateAsync(session, plan, new HashSet<int> { plan.Drafts[0].Order }, log, CancellationToken.None);

        Assert.Equal([WorkoutResultStatus.Created, WorkoutResultStatus.Skipped], results.Select(r => r.Status));
        Assert.Equal(1, emulator.Requests.Count("POST", "/workouts"));
        Assert.Equal(0, emulator.Requests.Count("POST", "/workouts/bulk"));
    }

    [Fact]
    public async Task ACoach_CreatesInACoachedAthletesFolder_ByTheRowsAthleteId()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey), log);
        var folder = NewFolder(DemoData.CoachedRunnerId);

        var result = Assert.Single(await WorkoutCreator.CreateAsync(session, [new WorkoutRow { AthleteId = DemoData.CoachedRunnerId, FolderId = folder, Name = "Hills 8x1", Type = "Run", Description = "8x\n- 1m Z5\n- 2m Z1" }], log, CancellationToken.None));

        Assert.Equal(WorkoutResultStatus.Created, result.Status);
        Assert.Equal(DemoData.CoachedRunnerId, result.AthleteId);
        Assert.Contains(emulator.State.Library.Workouts(DemoData.CoachedRunnerId), w => w["name"]!.GetValue<string>() == "Hills 8x1");
    }

    private Task<IcuSession> ConnectAsync() => Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

    private int NewFolder(string athleteId = DemoData.DemoAthleteId) =>
        emulator.State.Library.AddFolder(athleteId, new JsonObject { ["type"] = "FOLDER", ["name"] = "Test " + Guid.NewGuid().ToString("N")[..8] })["id"]!.GetValue<int>();
}
