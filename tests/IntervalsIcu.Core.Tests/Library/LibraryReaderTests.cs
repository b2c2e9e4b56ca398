using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Core.Tests.Library;

/// <summary>Reading the workout library against the emulator's demo library: folders, a plan, their workouts.</summary>
public sealed class LibraryReaderTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    [Fact]
    public async Task ListFolders_ReadsFoldersAndPlans_EachWithItsWorkouts()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var folders = await LibraryReader.ListFoldersAsync(session, null, log, CancellationToken.None).ToListAsync();

        var sweetSpot = folders.Single(folder => folder.Id == DemoLibrary.SweetSpotFolderId);
        Assert.Equal(IcuFolderTypeValues.Folder, sweetSpot.Type);
        Assert.Equal(["Sweet spot 3x10", "Sweet spot 2x20", "Over-unders 4x8"], sweetSpot.Children!.Select(workout => workout.Name));
        Assert.Equal(sweetSpot.Children!.Count, sweetSpot.NumWorkouts);
        Assert.Equal(sweetSpot.Id, sweetSpot.FolderId);

        var plan = folders.Single(folder => folder.Id == DemoLibrary.BasePlanId);
        Assert.Equal(IcuFolderTypeValues.Plan, plan.Type);
        Assert.Equal(DayOfWeek.Monday, plan.StartDateLocal!.Value.DayOfWeek);
        Assert.Equal(4, plan.DurationWeeks);
        Assert.Equal(12, plan.Children!.Count);
        Assert.Equal(plan.Children.Select(workout => workout.Day).Order(), plan.Children.Select(workout => workout.Day));
        Assert.All(folders, folder => Assert.Equal(DemoData.DemoAthleteId, folder.AthleteId));
    }

    [Fact]
    public async Task ListWorkouts_ReadsTheWholeLibrary_EachWithItsFolderAndTheTimeAndLoadOfItsText()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var workouts = await LibraryReader.ListWorkoutsAsync(session, null, log, CancellationToken.None).ToListAsync();

        Assert.Equal(17, workouts.Count);
        Assert.Equal(3, workouts.Count(workout => workout.FolderId == DemoLibrary.SweetSpotFolderId));
        var threeByTen = workouts.Single(workout => workout.Name == "Sweet spot 3x10");
        // 10 min warm-up, 3 x (10 + 5) min, 10 min cool-down.
        Assert.Equal((10 + (3 * 15) + 10) * 60, threeByTen.MovingTime);
        Assert.InRange(threeByTen.IcuTrainingLoad!.Value, 40, 90);
        Assert.Equal("Ride", threeByTen.Type);
        Assert.StartsWith("- 10m 60%", threeByTen.Description, StringComparison.Ordinal);
        Assert.NotNull(threeByTen.WorkoutDoc);
    }

    [Fact]
    public async Task GetWorkout_ReadsOneById()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);
        var first = await LibraryReader.ListWorkoutsAsync(session, null, log, CancellationToken.None).FirstAsync();

        var workout = await LibraryReader.GetWorkoutAsync(session, null, first.Id!.Value, log, CancellationToken.None);

        Assert.Equal(first.Name, workout.Name);
        Assert.Equal(first.FolderId, workout.FolderId);
    }

    [Fact]
    public async Task GetWorkout_OfAnIdTheLibraryDoesNotHold_IsWorkoutNotFound_NamingTheIdAndAthlete()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        var error = await Assert.ThrowsAsync<IcuLibraryException>(() => LibraryReader.GetWorkoutAsync(session, null, 12345, log, CancellationToken.None));

        Assert.Equal(LibraryErrorIds.WorkoutNotFound, error.ErrorId);
        Assert.Contains("12345", error.Message, StringComparison.Ordinal);
        Assert.Contains(DemoData.DemoAthleteId, error.Message, StringComparison.Ordinal);
        Assert.Contains("Get-IcuWorkout", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWorkout_OfAnotherAthletesWorkout_IsNotFound()
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachedRunnerApiKey), log);
        var theirs = emulator.State.Library.Workouts(DemoData.DemoAthleteId)[0]["id"]!.GetValue<int>();

        var error = await Assert.ThrowsAsync<IcuLibraryException>(() => LibraryReader.GetWorkoutAsync(session, null, theirs, log, CancellationToken.None));

        Assert.Equal(LibraryErrorIds.WorkoutNotFound, error.ErrorId);
    }
}
