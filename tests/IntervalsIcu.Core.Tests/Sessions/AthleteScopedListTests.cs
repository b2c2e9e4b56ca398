using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Gear;
using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.SportSettings;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Sessions;

/// <summary>
/// The lists that belong to one athlete (gear, sport settings, the workout library): a coach reads a coached athlete's through
/// their own session, and an athlete they do not coach is refused as access denied.
/// </summary>
public sealed class AthleteScopedListTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    /// <summary>Each list reader, as the athlete ids of what it read.</summary>
    private static readonly Dictionary<string, Func<IcuSession, string?, IIcuLog, IAsyncEnumerable<string?>>> Readers = new()
    {
        ["gear"] = (session, athleteId, log) => GearReader.ListAsync(session, athleteId, log, CancellationToken.None).Select(item => item.AthleteId),
        ["sport settings"] = (session, athleteId, log) => SportSettingsClient.ListAsync(session, athleteId, log, CancellationToken.None).Select(item => item.AthleteId),
        ["workout folders"] = (session, athleteId, log) => LibraryReader.ListFoldersAsync(session, athleteId, log, CancellationToken.None).Select(item => item.AthleteId),
        ["workouts"] = (session, athleteId, log) => LibraryReader.ListWorkoutsAsync(session, athleteId, log, CancellationToken.None).Select(item => item.AthleteId),
    };

    private readonly EmulatorServer emulator = fixture.Fresh();
    private readonly CapturingLog log = new();

    public static TheoryData<string> ReaderNames() => new(Readers.Keys);

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public async Task List_ForAnAthleteYouDoNotCoach_IsAccessDenied(string reader)
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey), log);

        await Assert.ThrowsAsync<IcuAccessDeniedException>(async () => await Readers[reader](session, "i999999", log).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public async Task List_ForACoachedAthlete_ReadsTheirs(string reader)
    {
        using var session = await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.CoachApiKey), log);

        var athleteIds = await Readers[reader](session, DemoData.CoachedRunnerId, log).ToListAsync();

        Assert.NotEmpty(athleteIds);
        Assert.All(athleteIds, id => Assert.Equal(DemoData.CoachedRunnerId, id));
    }
}
