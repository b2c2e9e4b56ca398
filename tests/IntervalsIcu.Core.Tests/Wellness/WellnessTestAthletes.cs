using System.Globalization;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>A fresh athlete with its own key per test, so tests that write wellness never see each other's days.</summary>
internal static class WellnessTestAthletes
{
    private static int lastNumber = 970_000;

    public static (string AthleteId, string ApiKey) Add(EmulatorServer emulator, string timezone = "Europe/Berlin")
    {
        var number = Interlocked.Increment(ref lastNumber).ToString(CultureInfo.InvariantCulture);
        var athleteId = "i" + number;
        var key = "emu0well" + number.PadLeft(16, '0');
        emulator.State.AddAthlete(athleteId, "Wellness Tester " + number, timezone);
        emulator.State.AddApiKey(athleteId, key);
        return (athleteId, key);
    }
}
