using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// A calendar to try the calendar cmdlets on: this week's planned workouts, a note and a race for the demo
/// athlete, and the next month of a coach's running plan for the coached runner. Dates are relative to
/// today in each athlete's time zone; ids start at 52000001 (the first is the demo athlete's workout today).
/// The events were made in the web app (no external_id), so a plan's -Prune never touches them.
/// </summary>
internal static class DemoCalendar
{
    public static void Seed(EmulatorState state, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var alex = state.FindAthlete(DemoData.DemoAthleteId)!;
        var today = alex.LocalNow(clock).Date;
        Add(state, alex, DemoData.DemoAthleteId, now, today, "WORKOUT", "Ride", "Sweet spot 3x10", "- 10m 60%\n3x\n- 10m 90%\n- 5m 55%\n- 10m 50%");
        Add(state, alex, DemoData.DemoAthleteId, now, today.AddDays(1), "NOTE", null, "Travel day", "No training: flight to Munich.");
        Add(state, alex, DemoData.DemoAthleteId, now, today.AddDays(2), "WORKOUT", "Run", "Easy run", "- 45m Z2");
        Add(state, alex, DemoData.DemoAthleteId, now, today.AddDays(3), "WORKOUT", "Ride", "VO2 max 5x4", "- 15m 55%\n5x\n- 4m 115%\n- 4m 50%\n- 10m 50%");
        Add(state, alex, DemoData.DemoAthleteId, now, today.AddDays(5), "WORKOUT", "Ride", "Long endurance", "- 3h 65%");
        Add(state, alex, DemoData.DemoAthleteId, now, today.AddDays(20), "RACE_A", "Ride", "Gran Fondo", "The season's goal.");

        var jamie = state.FindAthlete(DemoData.CoachedRunnerId)!;
        var start = jamie.LocalNow(clock).Date;
        for (var day = 0; day < 30; day += 2)
        {
            var (name, text) = (day / 2 % 3) switch
            {
                0 => ("Easy run", "- 40m Z2"),
                1 => ("Tempo run", "- 15m Z2\n- 20m Z4\n- 10m Z1"),
                _ => ("Intervals 6x800m", "- 15m Z2\n6x\n- 3m Z5\n- 2m Z1\n- 10m Z1"),
            };
            Add(state, jamie, DemoData.CoachAthleteId, now, start.AddDays(day), "WORKOUT", "Run", name, text);
        }
    }

    private static void Add(EmulatorState state, EmulatedAthlete athlete, string createdById, DateTimeOffset now, DateTime day, string category, string? type, string name, string description)
    {
        var body = new JsonObject
        {
            ["start_date_local"] = CalendarEventWrites.LocalText(day),
            ["category"] = category,
            ["name"] = name,
            ["description"] = description,
        };
        if (type is not null)
        {
            body["type"] = type;
        }

        state.Events.Add(athlete.Id, CalendarEventWrites.Create(state.NextEventId(), body, athlete, createdById, oauthClientId: null, now));
    }
}
