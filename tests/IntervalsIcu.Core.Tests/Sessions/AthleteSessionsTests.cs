using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Sessions;

/// <summary>-AthleteId: a coach's session working on a coached athlete, and the diagnosis for one not coached.</summary>
public sealed class AthleteSessionsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task ForACoachedAthlete_TheSessionIsThatAthletesWithTheirTimeZone()
    {
        using var coach = await Connect.SessionAsync(Connect.WithKey(fixture.Fresh().BaseUri, DemoData.CoachApiKey), options: TestOptions.Fast);

        var runner = await AthleteSessions.ForAthleteAsync(coach, DemoData.CoachedRunnerId, new CapturingLog(), CancellationToken.None);

        Assert.Equal(DemoData.CoachedRunnerId, runner.AthleteId);
        Assert.Equal(DemoData.CoachedRunnerTimezone, runner.TimeZone);
        Assert.Same(coach.Client, runner.Client);
    }

    [Fact]
    public async Task ForAnAthleteNotCoached_TheRefusalCarriesTestIcuAuthsDiagnosis()
    {
        using var coach = await Connect.SessionAsync(Connect.WithKey(fixture.Fresh().BaseUri, DemoData.CoachApiKey), options: TestOptions.Fast);

        var refusal = await Assert.ThrowsAnyAsync<IcuApiException>(() => AthleteSessions.ForAthleteAsync(coach, DemoData.DigitsAthleteId, new CapturingLog(), CancellationToken.None));

        Assert.Contains("not an athlete it coaches", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("must have you as coach", refusal.FixHint, StringComparison.Ordinal);
    }
}
