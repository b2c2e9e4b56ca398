using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Builds a plausible athlete document in the shape of the spec's <c>WithSportSettings</c>: the athlete
/// fields, a Ride and a Run <c>SportSettings</c>, and <c>custom_items</c>. Values are fixed so every run
/// of the emulator answers byte-for-byte the same; unknown fields are null as the real server sends them.
/// </summary>
internal static class AthleteDocumentFactory
{
    // Server timestamps carry milliseconds and an offset (api-facts §4).
    private const string ActivatedAt = "2023-01-14T09:12:44.318+00:00";
    private const string LastSeenAt = "2025-06-02T18:40:03.027+00:00";
    private const string SettingsCreatedAt = "2023-01-14T09:12:45.001+00:00";
    private const string SettingsUpdatedAt = "2025-03-09T07:55:21.664+00:00";

    private static readonly string[] PowerZoneNames =
        ["Active Recovery", "Endurance", "Tempo", "Threshold", "VO2 Max", "Anaerobic", "Neuromuscular"];

    private static readonly string[] HeartRateZoneNames =
        ["Recovery", "Aerobic", "Tempo", "SubThreshold", "SuperThreshold", "Aerobic Capacity", "Anaerobic"];

    private static readonly string[] PaceZoneNames =
        ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5a", "Zone 5b", "Zone 5c"];

    public static JsonObject Create(string id, string name, string timezone, Func<int> nextSportSettingsId)
    {
        var (firstName, lastName) = SplitName(name);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["firstname"] = firstName,
            ["lastname"] = lastName,
            ["profile_medium"] = null,
            ["measurement_preference"] = "meters",
            ["weight_pref_lb"] = false,
            ["fahrenheit"] = false,
            ["wind_speed"] = "KMH",
            ["rain"] = "MM",
            ["weight"] = 72.5,
            ["email"] = EmailFor(firstName, lastName),
            ["sex"] = "M",
            ["city"] = null,
            ["state"] = null,
            ["country"] = null,
            ["countries"] = new JsonArray(),
            ["languages"] = new JsonArray("en"),
            ["bikes"] = new JsonArray(),
            ["shoes"] = new JsonArray(),
            ["timezone"] = timezone,
            ["locale"] = "en",
            ["date_format"] = null,
            ["time_format"] = null,
            ["visibility"] = "PRIVATE",
            ["icu_last_seen"] = LastSeenAt,
            ["status"] = "ACTIVE",
            ["status_updated"] = null,
            ["icu_resting_hr"] = 48,
            ["icu_weight"] = 72.5,
            ["icu_weight_sync"] = "NONE",
            ["icu_activated"] = ActivatedAt,
            ["icu_admin"] = false,
            ["icu_permission"] = null,
            ["icu_coach"] = false,
            ["bio"] = null,
            ["website"] = null,
            ["icu_date_of_birth"] = "1991-04-17",
            // Filled per request for the key's own athlete (AthleteEndpoints), so clients are tested against a leak.
            ["icu_api_key"] = null,
            ["icu_type_settings"] = new JsonArray(),
            ["icu_form_as_percent"] = false,
            ["icu_mmp_days"] = 42,
            ["icu_wellness_prompt"] = false,
            ["icu_wellness_keys"] = new JsonArray("weight", "restingHR", "hrv", "sleepSecs", "fatigue", "soreness"),
            ["icu_track_menstrual_cycle"] = false,
            ["activity_rpe_prompt"] = true,
            ["icu_garmin_health"] = false,
            ["icu_garmin_training"] = false,
            ["icu_garmin_sync_activities"] = false,
            ["icu_email_verified"] = true,
            ["strava_allowed"] = false,
            ["strava_id"] = null,
            ["strava_authorized"] = false,
            ["height"] = 1.78,
            ["height_units"] = "CM",
            ["plan"] = "FREE",
            ["plan_expires"] = null,
            ["beta_user"] = false,
            ["currency"] = "EUR",
            ["training_plan_id"] = null,
            ["training_availability"] = new JsonArray(),
            ["sportSettings"] = new JsonArray(
                RideSettings(id, nextSportSettingsId()),
                RunSettings(id, nextSportSettingsId())),
            ["custom_items"] = new JsonArray(),
        };
    }

    private static JsonObject RideSettings(string athleteId, int settingsId) => new()
    {
        ["id"] = settingsId,
        ["athlete_id"] = athleteId,
        ["types"] = new JsonArray("Ride", "VirtualRide", "GravelRide", "MountainBikeRide"),
        ["warmup_time"] = 600,
        ["cooldown_time"] = 600,
        ["ftp"] = 265,
        ["indoor_ftp"] = 255,
        ["w_prime"] = 19800,
        ["p_max"] = 940,
        ["power_zones"] = new JsonArray(55, 75, 90, 105, 120, 150, 999),
        ["sweet_spot_min"] = 84,
        ["sweet_spot_max"] = 97,
        ["power_spike_threshold"] = 30,
        ["power_zone_names"] = StringArray(PowerZoneNames),
        ["ftp_est_min_secs"] = 300,
        ["power_field"] = null,
        ["lthr"] = 168,
        ["max_hr"] = 188,
        ["hr_zones"] = new JsonArray(137, 152, 161, 168, 174, 179, 188),
        ["hr_zone_names"] = StringArray(HeartRateZoneNames),
        ["hr_load_type"] = "HRSS",
        ["threshold_pace"] = null,
        ["pace_units"] = null,
        ["pace_zones"] = null,
        ["pace_zone_names"] = null,
        ["pace_load_type"] = null,
        ["gap_model"] = "NONE",
        ["elevation_correction"] = "AUTO",
        ["load_order"] = "POWER_HR_PACE",
        ["tiz_order"] = "POWER_HR_PACE",
        ["workout_order"] = "POWER_HR_PACE",
        ["default_gear_id"] = null,
        ["created"] = SettingsCreatedAt,
        ["updated"] = SettingsUpdatedAt,
        ["mmp_model"] = null,
        ["other"] = false,
    };

    private static JsonObject RunSettings(string athleteId, int settingsId) => new()
    {
        ["id"] = settingsId,
        ["athlete_id"] = athleteId,
        ["types"] = new JsonArray("Run", "VirtualRun", "TrailRun"),
        ["warmup_time"] = 900,
        ["cooldown_time"] = 600,
        ["ftp"] = null,
        ["indoor_ftp"] = null,
        ["w_prime"] = null,
        ["p_max"] = null,
        ["power_zones"] = null,
        ["lthr"] = 171,
        ["max_hr"] = 191,
        ["hr_zones"] = new JsonArray(139, 154, 163, 171, 177, 182, 191),
        ["hr_zone_names"] = StringArray(HeartRateZoneNames),
        ["hr_load_type"] = "HRSS",
        // Threshold pace is a speed in m/s (3.9 m/s = 4:16 min/km), api-facts §4.
        ["threshold_pace"] = 3.9,
        ["pace_units"] = "MINS_KM",
        ["pace_zones"] = new JsonArray(77.5, 87.7, 94.3, 100.0, 103.4, 111.5, 999.0),
        ["pace_zone_names"] = StringArray(PaceZoneNames),
        ["pace_load_type"] = "RUN",
        ["gap_model"] = "STRAVA_RUN",
        ["elevation_correction"] = "AUTO",
        ["use_gap_zone_times"] = false,
        ["load_order"] = "PACE_HR_POWER",
        ["tiz_order"] = "PACE_HR_POWER",
        ["workout_order"] = "PACE_HR_POWER",
        ["default_gear_id"] = null,
        ["created"] = SettingsCreatedAt,
        ["updated"] = SettingsUpdatedAt,
        ["mmp_model"] = null,
        ["other"] = false,
    };

    private static JsonArray StringArray(IEnumerable<string> values) =>
        new(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());

    private static (string FirstName, string LastName) SplitName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (name, string.Empty) : (name[..space], name[(space + 1)..]);
    }

    private static string EmailFor(string firstName, string lastName)
    {
        var local = string.IsNullOrEmpty(lastName) ? firstName : $"{firstName}.{lastName}";
        return $"{local.ToLowerInvariant()}@example.com";
    }
}
