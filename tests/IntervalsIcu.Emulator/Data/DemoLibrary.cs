using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// A workout library to try the library cmdlets on. The demo athlete has a folder of sweet-spot rides
/// (id 2400001), a folder of run sessions (2400002) and a four-week base plan (2400003) whose workouts fall
/// on its days; the coached runner has the coach's track sessions (2400004). Workouts are numbered from
/// 31000001 in the order below and are read from their workout text as a created one is, so their moving
/// time, load and workout_doc agree with what the calendar computes for the same text.
/// </summary>
public static class DemoLibrary
{
    public const int SweetSpotFolderId = 2_400_001;
    public const int RunFolderId = 2_400_002;
    public const int BasePlanId = 2_400_003;
    public const int TrackFolderId = 2_400_004;

    public static void Seed(EmulatorState state, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var alex = state.FindAthlete(DemoData.DemoAthleteId)!;
        var sweetSpot = Folder(state, alex, "FOLDER", "Sweet spot", "Threshold work below FTP for the winter.", ["Ride"]);
        Workout(state, alex, now, sweetSpot, "Ride", "Sweet spot 3x10", "- 10m 60%\n\n3x\n- 10m 90%\n- 5m 55%\n\n- 10m 50%", indoor: true);
        Workout(state, alex, now, sweetSpot, "Ride", "Sweet spot 2x20", "- 15m 60%\n\n2x\n- 20m 90%\n- 5m 55%\n\n- 10m 50%", indoor: true);
        Workout(state, alex, now, sweetSpot, "Ride", "Over-unders 4x8", "- 15m 60%\n\n4x\n- 2m 95%\n- 1m 105%\n- 2m 95%\n- 1m 105%\n- 2m 95%\n- 4m 55%\n\n- 10m 50%", indoor: true);

        var runs = Folder(state, alex, "FOLDER", "Run sessions", null, ["Run"]);
        Workout(state, alex, now, runs, "Run", "Easy run", "- 45m Z2", indoor: false);
        Workout(state, alex, now, runs, "Run", "Tempo run", "- 15m Z2\n- 20m Z4\n- 10m Z1", indoor: false);

        // A plan starts on a Monday; its workouts carry the day of the plan they fall on (0 = the first Monday).
        var today = alex.LocalNow(clock).Date;
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var nextMonday = today.AddDays(daysToMonday == 0 ? 7 : daysToMonday);
        var plan = Folder(state, alex, "PLAN", "Base build 4 weeks", "Four weeks of aerobic base with one tempo day a week.", ["Ride"], folder =>
        {
            folder["start_date_local"] = CalendarEventWrites.LocalText(nextMonday);
            folder["duration_weeks"] = 4;
            folder["rollout_weeks"] = 0;
            folder["hours_per_week_min"] = 5;
            folder["hours_per_week_max"] = 8;
            folder["workout_targets"] = new JsonArray("POWER");
            folder["starting_ctl"] = 45;
            folder["starting_atl"] = 40;
            folder["blurb"] = "Aerobic base, 5 to 8 hours a week.";
        });
        for (var week = 0; week < 4; week++)
        {
            Workout(state, alex, now, plan, "Ride", $"Endurance W{week + 1}", "- 90m 65%", indoor: false, day: (week * 7) + 1);
            Workout(state, alex, now, plan, "Ride", $"Tempo W{week + 1}", $"- 15m 60%\n\n{2 + (week % 2)}x\n- 15m 80%\n- 5m 55%\n\n- 10m 50%", indoor: true, day: (week * 7) + 3);
            Workout(state, alex, now, plan, "Ride", $"Long ride W{week + 1}", $"- {150 + (week * 15)}m 65%", indoor: false, day: (week * 7) + 5);
        }

        var jamie = state.FindAthlete(DemoData.CoachedRunnerId)!;
        var track = Folder(state, jamie, "FOLDER", "Track sessions", "From coach Maria.", ["Run"]);
        Workout(state, jamie, now, track, "Run", "Intervals 6x800m", "- 15m Z2\n\n6x\n- 3m Z5\n- 2m Z1\n\n- 10m Z1", indoor: false);
        Workout(state, jamie, now, track, "Run", "Threshold 3x10", "- 15m Z2\n\n3x\n- 10m Z4\n- 3m Z1\n\n- 10m Z1", indoor: false);
    }

    private static int Folder(EmulatorState state, EmulatedAthlete athlete, string type, string name, string? description, string[] activityTypes, Action<JsonObject>? customize = null)
    {
        var body = new JsonObject
        {
            ["type"] = type,
            ["name"] = name,
            ["description"] = description,
            ["activity_types"] = new JsonArray(activityTypes.Select(t => (JsonNode?)t).ToArray()),
        };
        customize?.Invoke(body);
        return state.Library.AddFolder(athlete.Id, LibraryWrites.Folder(body))["id"]!.GetValue<int>();
    }

    private static void Workout(EmulatorState state, EmulatedAthlete athlete, DateTimeOffset now, int folderId, string type, string name, string text, bool indoor, int? day = null)
    {
        var body = new JsonObject
        {
            ["folder_id"] = folderId,
            ["type"] = type,
            ["name"] = name,
            ["description"] = text,
            ["indoor"] = indoor,
        };
        if (day is { } planDay)
        {
            body["day"] = planDay;
        }

        state.Library.AddWorkout(athlete.Id, LibraryWrites.Workout(body, athlete, now));
    }
}
