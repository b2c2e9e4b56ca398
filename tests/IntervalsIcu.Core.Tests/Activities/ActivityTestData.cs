using System.Text.Json.Nodes;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>Sessions and small athletes with hand-placed activities, for tests that need exact dates.</summary>
internal static class ActivityTestData
{
    private static int lastAthlete = 950_000;

    public static Task<IcuSession> DemoSessionAsync(EmulatorServer emulator) =>
        Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, DemoData.DemoApiKey));

    /// <summary>A fresh athlete (UTC) with the given activities; returns a session for it.</summary>
    public static async Task<IcuSession> AthleteWithAsync(EmulatorServer emulator, params (string Id, string StartLocal, string Type)[] activities)
    {
        var number = Interlocked.Increment(ref lastAthlete);
        var athleteId = "i" + number;
        var key = "emu0test0activ" + number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        emulator.State.AddAthlete(athleteId, "Test " + number);
        emulator.State.AddApiKey(athleteId, key);
        foreach (var (id, start, type) in activities)
        {
            emulator.State.Activities.Add(athleteId, new JsonObject
            {
                ["id"] = id, ["icu_athlete_id"] = athleteId, ["start_date_local"] = start, ["type"] = type, ["name"] = type + " " + id,
            });
        }

        return await Connect.SessionAsync(Connect.WithKey(emulator.BaseUri, key));
    }

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
