namespace IntervalsIcu.Emulator;

/// <summary>
/// The deterministic demo athletes, keys and tokens every emulator starts with. The values have the
/// shape of real ones (24 lowercase alphanumerics for a key) but say "emu"/"demo" so nobody mistakes
/// them for secrets.
/// </summary>
public static class DemoData
{
    /// <summary>A cyclist with an ordinary <c>i</c>-prefixed id.</summary>
    public const string DemoAthleteId = "i100001";
    public const string DemoAthleteName = "Alex Rider";
    public const string DemoAthleteTimezone = "Europe/Berlin";
    public const string DemoApiKey = "emu0demo0alexrider000001";

    /// <summary>A coach of <see cref="DemoAthleteId"/> and <see cref="CoachedRunnerId"/>.</summary>
    public const string CoachAthleteId = "i100002";
    public const string CoachAthleteName = "Morgan Reyes";
    public const string CoachAthleteTimezone = "Europe/Madrid";
    public const string CoachApiKey = "emu0demo0coachmorgan0002";

    /// <summary>A runner coached by <see cref="CoachAthleteId"/>.</summary>
    public const string CoachedRunnerId = "i100003";
    public const string CoachedRunnerName = "Jamie Lindqvist";
    public const string CoachedRunnerTimezone = "Europe/Stockholm";
    public const string CoachedRunnerApiKey = "emu0demo0runnerjamie0003";

    /// <summary>An account whose id is all digits, as some real ones are (api-facts §2.2).</summary>
    public const string DigitsAthleteId = "2049587";
    public const string DigitsAthleteName = "Pat Okafor";
    public const string DigitsAthleteTimezone = "America/Denver";
    public const string DigitsApiKey = "emu0demo0digitspat000004";

    /// <summary>OAuth token of <see cref="DemoAthleteId"/> with every read scope.</summary>
    public const string ReadAllToken = "emu0oauth0readall000000000000001";
    public const string ReadAllTokenScopes = "ACTIVITY:READ,WELLNESS:READ,CALENDAR:READ,SETTINGS:READ";

    /// <summary>OAuth token of <see cref="DemoAthleteId"/> that may only write wellness.</summary>
    public const string WellnessWriteToken = "emu0oauth0wellnesswrite000000002";
    public const string WellnessWriteTokenScopes = "WELLNESS:WRITE";

    /// <summary>OAuth token of <see cref="DemoAthleteId"/> granted no scope at all.</summary>
    public const string NoScopeToken = "emu0oauth0noscope000000000000003";
}
