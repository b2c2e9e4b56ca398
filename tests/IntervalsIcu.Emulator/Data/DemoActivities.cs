using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Three years of deterministic activities for the demo athlete, ending on the emulator's "today":
/// rides, virtual rides, runs, swims (with the custom field <c>SWOLF</c>), strength sessions, a few
/// Strava stubs (the <c>Hidden</c> shape with <c>_note</c>), and pairs at 23:59:59 / 00:00:00 so
/// window edges can be tested. The same seed and the same "today" always give the same data.
/// </summary>
public static class DemoActivities
{
    /// <summary>Days of history before today.</summary>
    public const int HistoryDays = 3 * 365;

    /// <summary>Every this many days a pair of activities sits on both sides of midnight.</summary>
    public const int MidnightPairEveryDays = 30;

    /// <summary>Every this many days one activity came from Strava and is only a stub.</summary>
    public const int StravaStubEveryDays = 45;

    /// <summary>The custom activity field the demo athlete defined for swims (api-facts §1).</summary>
    public const string SwolfField = "SWOLF";

    /// <summary>A text custom activity field the demo athlete defined for runs.</summary>
    public const string SurfaceField = "Surface";

    /// <summary>The server's note on a Strava stub (api-facts §3).</summary>
    public const string StravaNote = "STRAVA activities are not available via the API";

    public const string MidnightBeforeName = "Late night Zwift";
    public const string MidnightAfterName = "Midnight run";

    private const int RandomSeed = 20_240_501;
    private const int FirstDemoId = 40_000_001;
    private const int FirstSyntheticId = 70_000_001;

    private static readonly string[] RideNames = ["Morning Ride", "Endurance loop", "Sweet spot 3x15", "Hill repeats", "Coffee ride", "Group ride"];
    private static readonly string[] RunNames = ["Easy run", "Tempo run", "Long run", "Intervals 6x800", "Recovery jog", "Trail run"];
    private static readonly string[] SwimNames = ["Pool swim", "Technique swim", "CSS set 10x100"];
    private static readonly string[] Surfaces = ["road", "trail", "track", "treadmill"];

    /// <summary>Adds the demo history for <paramref name="athleteId"/> and defines its custom fields on the athlete.</summary>
    public static int Seed(EmulatorState state, string athleteId, DateTime todayLocal)
    {
        ArgumentNullException.ThrowIfNull(state);
        var athlete = state.FindAthlete(athleteId) ?? throw new ArgumentException($"Unknown athlete '{athleteId}'.", nameof(athleteId));
        athlete.SetField("custom_items", CustomFieldDefinitions(athleteId));
        var zone = FindZone(athlete.Timezone);
        var random = new Random(RandomSeed);
        var nextId = FirstDemoId;
        var count = 0;
        for (var day = HistoryDays; day >= 0; day--)
        {
            var date = todayLocal.Date.AddDays(-day);
            foreach (var activity in ActivitiesOfDay(random, day, date, athleteId, zone, () => nextId++))
            {
                state.Activities.Add(athleteId, activity);
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Adds <paramref name="count"/> plain synthetic rides and runs, <paramref name="perDay"/> a day (1 to 16)
    /// going back from <paramref name="newestLocal"/>, for load tests and benchmarks (10,000 or 50,000
    /// activities; one a day for an athlete of ordinary density).
    /// </summary>
    public static void AddSynthetic(EmulatorState state, string athleteId, int count, DateTime newestLocal, int perDay = 4)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThan(perDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perDay, 16);
        var hoursApart = 16 / perDay;
        var athlete = state.FindAthlete(athleteId) ?? throw new ArgumentException($"Unknown athlete '{athleteId}'.", nameof(athleteId));
        var zone = FindZone(athlete.Timezone);
        var random = new Random(RandomSeed + count);
        for (var index = 0; index < count; index++)
        {
            var start = newestLocal.Date.AddHours(20 - (index % perDay * hoursApart)).AddDays(-(index / perDay));
            var type = index % 2 == 0 ? "Ride" : "Run";
            var name = type == "Ride" ? RideNames[index % RideNames.Length] : RunNames[index % RunNames.Length];
            state.Activities.Add(athleteId, CreateActivity(random, "i" + (FirstSyntheticId + index).ToString(CultureInfo.InvariantCulture), athleteId, zone, start, type, name));
        }
    }

    /// <summary>The <c>Hidden</c> stub the server returns for an activity that came from Strava.</summary>
    public static JsonObject CreateStravaStub(string id, string athleteId, DateTime startLocal) => new()
    {
        ["id"] = id,
        ["icu_athlete_id"] = athleteId,
        ["start_date_local"] = LocalText(startLocal),
        ["source"] = "STRAVA",
        ["_note"] = StravaNote,
    };

    /// <summary>True for a stub made by <see cref="CreateStravaStub"/> (or any activity whose source is Strava).</summary>
    public static bool IsStravaStub(JsonObject activity) => activity["source"]?.GetValue<string>() == "STRAVA";

    /// <summary>
    /// A list of <paramref name="count"/> full rides and runs (alternating, six hours apart, back from New Year 2026)
    /// as the emulator's JSON writer writes them: the decode benchmark's input and its tests' data.
    /// </summary>
    public static byte[] ListJson(int count)
    {
        var random = new Random(count);
        var array = new JsonArray();
        var newest = new DateTime(2026, 1, 1, 20, 0, 0);
        for (var index = 0; index < count; index++)
        {
            var type = index % 2 == 0 ? "Ride" : "Run";
            array.Add(CreateActivity(random, "i" + (80_000_000 + index), DemoData.DigitsAthleteId, TimeZoneInfo.Utc, newest.AddHours(-6 * index), type, type + " " + index));
        }

        return System.Text.Encoding.UTF8.GetBytes(array.ToJsonString());
    }

    /// <summary>One full activity as the list and detail endpoints return it.</summary>
    public static JsonObject CreateActivity(Random random, string id, string athleteId, TimeZoneInfo zone, DateTime startLocal, string type, string name)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(zone);
        var profile = DemoActivityProfile.For(type);
        var movingTime = profile.MinSeconds + random.Next(profile.MaxSeconds - profile.MinSeconds);
        var elapsed = movingTime + random.Next(0, 600);
        var distance = profile.MetresPerSecond > 0 ? Math.Round(movingTime * profile.MetresPerSecond * (0.85 + random.NextDouble() * 0.3), 1) : 0.0;
        var averageHr = profile.AverageHr + random.Next(-8, 12);
        var load = (int)Math.Round(movingTime / 3600.0 * (40 + random.Next(50)));
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(startLocal, DateTimeKind.Unspecified), zone);
        var activity = new JsonObject
        {
            ["id"] = id,
            ["icu_athlete_id"] = athleteId,
            ["start_date_local"] = LocalText(startLocal),
            ["start_date"] = startUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["timezone"] = zone.Id,
            ["type"] = type,
            ["name"] = name,
            ["description"] = random.Next(4) == 0 ? "Felt good today." : null,
            ["source"] = profile.HasFile ? "GARMIN_CONNECT" : "MANUAL",
            ["file_type"] = profile.HasFile ? profile.FileType : null,
            ["device_name"] = profile.HasFile ? profile.Device : null,
            ["external_id"] = null,
            ["distance"] = distance,
            ["icu_distance"] = distance,
            ["moving_time"] = movingTime,
            ["elapsed_time"] = elapsed,
            ["icu_recording_time"] = elapsed,
            ["coasting_time"] = type.Contains("Ride", StringComparison.Ordinal) ? movingTime / 10 : 0,
            ["total_elevation_gain"] = profile.Climbs ? random.Next(20, 1400) : 0,
            ["total_elevation_loss"] = profile.Climbs ? random.Next(20, 1400) : 0,
            ["average_speed"] = movingTime > 0 ? Math.Round(distance / movingTime, 3) : 0.0,
            ["max_speed"] = movingTime > 0 ? Math.Round(distance / movingTime * 1.6, 3) : 0.0,
            ["has_heartrate"] = true,
            ["average_heartrate"] = averageHr,
            ["max_heartrate"] = averageHr + random.Next(15, 35),
            ["athlete_max_hr"] = 188,
            ["lthr"] = 168,
            ["icu_resting_hr"] = 48,
            ["icu_weight"] = 72.5,
            ["calories"] = movingTime / 6,
            ["trainer"] = type == "VirtualRide",
            ["commute"] = type == "Ride" && random.Next(12) == 0,
            ["race"] = random.Next(40) == 0,
            ["sub_type"] = "NONE",
            ["feel"] = random.Next(1, 6),
            ["icu_rpe"] = random.Next(2, 10),
            ["perceived_exertion"] = null,
            ["session_rpe"] = null,
            ["icu_training_load"] = load,
            ["power_load"] = profile.HasPower ? load : null,
            ["hr_load"] = load,
            ["hr_load_type"] = "HRSS",
            ["icu_atl"] = Math.Round(40 + random.NextDouble() * 30, 2),
            ["icu_ctl"] = Math.Round(45 + random.NextDouble() * 20, 2),
            ["trimp"] = Math.Round(movingTime / 60.0 * 1.4, 1),
            ["icu_hr_zones"] = new JsonArray(138, 152, 161, 168, 175, 181, 188),
            ["icu_hr_zone_times"] = SplitIntoZones(random, movingTime, 7),
            ["tags"] = random.Next(5) == 0 ? new JsonArray("base", "z2") : new JsonArray(),
            ["icu_sync_date"] = startUtc.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture),
            ["created"] = startUtc.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture),
            ["analyzed"] = startUtc.AddHours(2).AddSeconds(5).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture),
            ["stream_types"] = profile.HasFile ? new JsonArray(profile.StreamTypes.Select(stream => (JsonNode?)stream).ToArray()) : new JsonArray(),
            ["icu_lap_count"] = profile.HasFile ? random.Next(1, 12) : 0,
            ["has_weather"] = false,
            ["has_segments"] = false,
            ["icu_achievements"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
        };

        if (profile.HasPower)
        {
            var averageWatts = 150 + random.Next(90);
            activity["device_watts"] = true;
            activity["icu_average_watts"] = averageWatts;
            activity["icu_weighted_avg_watts"] = averageWatts + random.Next(5, 30);
            activity["icu_ftp"] = 265;
            activity["icu_w_prime"] = 20_000;
            activity["p_max"] = 980;
            activity["icu_joules"] = averageWatts * movingTime;
            activity["icu_intensity"] = Math.Round((averageWatts + 15) / 265.0 * 100, 2);
            activity["icu_variability_index"] = Math.Round(1.0 + random.NextDouble() * 0.12, 3);
            activity["icu_efficiency_factor"] = Math.Round((averageWatts + 15) / (double)averageHr, 3);
            activity["icu_power_zones"] = new JsonArray(55, 75, 90, 105, 120, 150, 999);
            activity["icu_zone_times"] = PowerZoneTimes(random, movingTime);
            activity["average_cadence"] = 82 + random.Next(12);
            activity["power_meter"] = type == "VirtualRide" ? "Smart trainer" : "Power2Max";
            activity["gear"] = new JsonObject { ["id"] = "b1234567", ["name"] = type == "VirtualRide" ? "Trainer bike" : "Road bike", ["distance"] = 18_200_000.0, ["primary"] = type != "VirtualRide" };
            activity["icu_hrr"] = new JsonObject { ["start_index"] = movingTime - 60, ["end_index"] = movingTime, ["start_time"] = movingTime - 60, ["end_time"] = movingTime, ["start_bpm"] = averageHr + 10, ["end_bpm"] = averageHr - 20, ["average_watts"] = 60, ["hrr"] = 30 };
            activity["interval_summary"] = new JsonArray("1x 10m 180w", "3x 15m 245w");
        }

        if (type == "Run")
        {
            activity["average_cadence"] = 84 + random.Next(8);
            activity["threshold_pace"] = 4.2;
            activity["pace"] = activity["average_speed"]?.DeepClone();
            activity["gap"] = activity["average_speed"]?.DeepClone();
            activity["pace_zones"] = new JsonArray(77.5, 87.7, 94.3, 100.0, 103.4, 111.5, 999.0);
            activity["pace_zone_times"] = SplitIntoZones(random, movingTime, 7);
            activity["gap_zone_times"] = SplitIntoZones(random, movingTime, 7);
            activity["pace_load_type"] = "RUN";
            activity["average_stride"] = Math.Round(1.0 + random.NextDouble() * 0.3, 2);
            activity["gear"] = new JsonObject { ["id"] = "g7654321", ["name"] = "Trail shoes", ["distance"] = 612_000.0, ["primary"] = true };
            activity[SurfaceField] = Surfaces[random.Next(Surfaces.Length)];
        }

        if (type == "Swim")
        {
            activity["pool_length"] = 25.0;
            activity["lengths"] = (int)(distance / 25);
            activity["pace_load_type"] = "SWIM";
            activity[SwolfField] = 34 + random.Next(10);
        }

        if (type == "WeightTraining")
        {
            activity["kg_lifted"] = 2_000.0 + random.Next(6_000);
        }

        // Races carry the tag "race", so a search for '#race' finds them (as on the real site, where users tag them).
        if (activity["race"]?.GetValue<bool>() == true)
        {
            activity["tags"] = new JsonArray("race");
        }

        return activity;
    }

    /// <summary>The demo athlete's custom activity fields, as <c>custom_items</c> of type ACTIVITY_FIELD.</summary>
    public static JsonArray CustomFieldDefinitions(string athleteId) =>
    [
        new JsonObject
        {
            ["id"] = 91_001, ["athlete_id"] = athleteId, ["type"] = "ACTIVITY_FIELD", ["visibility"] = "PRIVATE", ["name"] = "SWOLF",
            ["content"] = new JsonObject { ["code"] = SwolfField, ["type"] = "numeric", ["types"] = new JsonArray("Swim") },
        },
        new JsonObject
        {
            ["id"] = 91_002, ["athlete_id"] = athleteId, ["type"] = "ACTIVITY_FIELD", ["visibility"] = "PRIVATE", ["name"] = "Surface",
            ["content"] = new JsonObject { ["code"] = SurfaceField, ["type"] = "text", ["types"] = new JsonArray("Run") },
        },
    ];

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c>, the API's local date-time (api-facts §4).</summary>
    public static string LocalText(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> ActivitiesOfDay(Random random, int day, DateTime date, string athleteId, TimeZoneInfo zone, Func<int> nextId)
    {
        string NewId() => "i" + nextId().ToString(CultureInfo.InvariantCulture);

        if (day % MidnightPairEveryDays == 0 && day > 0)
        {
            yield return CreateActivity(random, NewId(), athleteId, zone, date.AddDays(-1).AddHours(23).AddMinutes(59).AddSeconds(59), "VirtualRide", MidnightBeforeName);
            yield return CreateActivity(random, NewId(), athleteId, zone, date, "Run", MidnightAfterName);
        }

        if (day % StravaStubEveryDays == 7)
        {
            yield return CreateStravaStub(NewId(), athleteId, date.AddHours(12).AddMinutes(random.Next(60)));
        }

        // About one rest day in five; one day in seven has a second session.
        if (random.Next(5) == 0)
        {
            yield break;
        }

        var sessions = random.Next(7) == 0 ? 2 : 1;
        for (var session = 0; session < sessions; session++)
        {
            var start = date.AddHours(session == 0 ? 6 + random.Next(5) : 17 + random.Next(3)).AddMinutes(random.Next(60)).AddSeconds(random.Next(60));
            var pick = random.Next(100);
            var (type, names) = pick switch
            {
                < 35 => ("Ride", RideNames),
                < 45 => ("VirtualRide", RideNames),
                < 75 => ("Run", RunNames),
                < 88 => ("Swim", SwimNames),
                _ => ("WeightTraining", new[] { "Strength", "Core and mobility" }),
            };
            yield return CreateActivity(random, NewId(), athleteId, zone, start, type, names[random.Next(names.Length)]);
        }
    }

    private static JsonArray PowerZoneTimes(Random random, int movingTime)
    {
        var seconds = SplitIntoZones(random, movingTime, 7).Select(node => node!.GetValue<int>()).ToArray();
        var zones = new JsonArray();
        for (var zone = 0; zone < seconds.Length; zone++)
        {
            zones.Add(new JsonObject { ["id"] = "Z" + (zone + 1).ToString(CultureInfo.InvariantCulture), ["secs"] = seconds[zone] });
        }

        zones.Add(new JsonObject { ["id"] = "SS", ["secs"] = seconds[2] / 3 });
        return zones;
    }

    private static JsonArray SplitIntoZones(Random random, int total, int zones)
    {
        var weights = Enumerable.Range(0, zones).Select(zone => (zones - zone) * (1 + random.Next(4))).ToArray();
        var sum = weights.Sum();
        var seconds = weights.Select(weight => total * weight / sum).ToArray();
        seconds[0] += total - seconds.Sum();
        return new JsonArray(seconds.Select(value => (JsonNode?)value).ToArray());
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
