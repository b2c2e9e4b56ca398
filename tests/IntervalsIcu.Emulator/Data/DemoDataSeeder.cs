using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>Fills a fresh state with the <see cref="DemoData"/> athletes, keys, tokens and coaching links.</summary>
internal static class DemoDataSeeder
{
    public static EmulatorState CreateSeededState()
    {
        var state = new EmulatorState();

        state.AddAthlete(DemoData.DemoAthleteId, DemoData.DemoAthleteName, DemoData.DemoAthleteTimezone, athlete =>
        {
            athlete["city"] = "Berlin";
            athlete["country"] = "Germany";
            athlete["locale"] = "de";
            athlete["languages"] = new JsonArray("de", "en");
        });
        state.AddApiKey(DemoData.DemoAthleteId, DemoData.DemoApiKey);
        DemoActivities.Seed(state, DemoData.DemoAthleteId, state.FindAthlete(DemoData.DemoAthleteId)!.LocalNow(TimeProvider.System).Date);

        state.AddAthlete(DemoData.CoachAthleteId, DemoData.CoachAthleteName, DemoData.CoachAthleteTimezone, athlete =>
        {
            athlete["city"] = "Madrid";
            athlete["country"] = "Spain";
            athlete["sex"] = "F";
            athlete["icu_coach"] = true;
            athlete["weight"] = 61.0;
            athlete["icu_weight"] = 61.0;
            athlete["plan"] = "SUPPORTER";
        });
        state.AddApiKey(DemoData.CoachAthleteId, DemoData.CoachApiKey);

        state.AddAthlete(DemoData.CoachedRunnerId, DemoData.CoachedRunnerName, DemoData.CoachedRunnerTimezone, athlete =>
        {
            athlete["city"] = "Uppsala";
            athlete["country"] = "Sweden";
            athlete["weight"] = 64.2;
            athlete["icu_weight"] = 64.2;
            athlete["icu_resting_hr"] = 44;
        });
        state.AddApiKey(DemoData.CoachedRunnerId, DemoData.CoachedRunnerApiKey);

        state.AddAthlete(DemoData.DigitsAthleteId, DemoData.DigitsAthleteName, DemoData.DigitsAthleteTimezone, athlete =>
        {
            athlete["city"] = "Boulder";
            athlete["state"] = "Colorado";
            athlete["country"] = "United States";
            athlete["measurement_preference"] = "feet";
            athlete["weight_pref_lb"] = true;
            athlete["fahrenheit"] = true;
            athlete["wind_speed"] = "MPH";
            athlete["rain"] = "INCHES";
            athlete["height_units"] = "FEET";
            athlete["currency"] = "USD";
        });
        state.AddApiKey(DemoData.DigitsAthleteId, DemoData.DigitsApiKey);

        state.SetCoach(DemoData.CoachAthleteId, DemoData.DemoAthleteId);
        state.SetCoach(DemoData.CoachAthleteId, DemoData.CoachedRunnerId);

        state.AddAccessToken(DemoData.DemoAthleteId, DemoData.ReadAllToken, DemoData.ReadAllTokenScopes.Split(','));
        state.AddAccessToken(DemoData.DemoAthleteId, DemoData.WellnessWriteToken, DemoData.WellnessWriteTokenScopes.Split(','));
        state.AddAccessToken(DemoData.DemoAthleteId, DemoData.NoScopeToken);

        DemoWellness.Seed(state, TimeProvider.System);
        DemoCalendar.Seed(state, TimeProvider.System);
        DemoLibrary.Seed(state, TimeProvider.System);
        return state;
    }
}
