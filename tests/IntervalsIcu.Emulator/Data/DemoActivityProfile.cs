namespace IntervalsIcu.Emulator.Data;

/// <summary>What an activity of one sport looks like in the demo data: duration, speed, sensors, file.</summary>
internal sealed record DemoActivityProfile(
    int MinSeconds, int MaxSeconds, double MetresPerSecond, int AverageHr, bool HasPower, bool HasFile, bool Climbs,
    bool HasGps, string FileType, string Device, IReadOnlyList<string> StreamTypes)
{
    private static readonly DemoActivityProfile Ride = new(
        3_000, 14_400, 8.2, 138, HasPower: true, HasFile: true, Climbs: true, HasGps: true, "fit", "Garmin Edge 540",
        ["time", "watts", "heartrate", "cadence", "distance", "altitude", "latlng", "velocity_smooth", "temp"]);

    private static readonly DemoActivityProfile VirtualRide = new(
        2_400, 5_400, 9.0, 142, HasPower: true, HasFile: true, Climbs: false, HasGps: false, "fit", "Zwift",
        ["time", "watts", "heartrate", "cadence", "distance", "velocity_smooth"]);

    private static readonly DemoActivityProfile Run = new(
        1_800, 7_200, 3.1, 150, HasPower: false, HasFile: true, Climbs: true, HasGps: true, "gpx", "Forerunner 965",
        ["time", "heartrate", "cadence", "distance", "altitude", "latlng", "velocity_smooth"]);

    private static readonly DemoActivityProfile Swim = new(
        1_800, 4_200, 0.75, 128, HasPower: false, HasFile: true, Climbs: false, HasGps: false, "tcx", "Forerunner 965",
        ["time", "heartrate", "distance"]);

    private static readonly DemoActivityProfile Strength = new(
        1_800, 3_600, 0, 110, HasPower: false, HasFile: false, Climbs: false, HasGps: false, "fit", string.Empty, []);

    public static DemoActivityProfile For(string type) => type switch
    {
        "Ride" => Ride,
        "VirtualRide" => VirtualRide,
        "Run" => Run,
        "Swim" => Swim,
        _ => Strength,
    };
}
