using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Generates an activity's streams (1 Hz samples) from its id, type, duration and its own averages
/// (watts around <c>icu_average_watts</c> with a short sprint every half hour, heart rate around
/// <c>average_heartrate</c>, speed around <c>average_speed</c>), so every activity with <c>stream_types</c>
/// has data without storing any, and curves computed from the samples (<see cref="DemoCurves"/>) agree
/// with the activity's numbers. Shape of <c>ActivityStream</c>: latlng holds latitudes in <c>data</c>
/// and longitudes in <c>data2</c>.
/// </summary>
public static class DemoActivityStreams
{
    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        ["time"] = "Time", ["watts"] = "Power", ["raw_watts"] = "Raw power", ["heartrate"] = "Heart Rate", ["cadence"] = "Cadence",
        ["distance"] = "Distance", ["altitude"] = "Altitude", ["latlng"] = "Lat/Lng", ["velocity_smooth"] = "Speed", ["temp"] = "Temperature",
    };

    /// <summary>
    /// The streams asked for (all of the activity's when <paramref name="types"/> is empty). As the spec
    /// says, <c>watts</c> is renamed <c>raw_watts</c> when no types are given or raw_watts is asked for.
    /// </summary>
    public static JsonArray Create(JsonObject activity, IReadOnlyCollection<string> types)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(types);
        var available = (activity["stream_types"] as JsonArray)?.Select(node => node!.GetValue<string>()).ToList() ?? [];
        var rawWatts = types.Count == 0 || types.Contains("raw_watts");
        var wanted = types.Count == 0 ? available : types.Select(type => type == "raw_watts" ? "watts" : type).Distinct().ToList();
        var streams = new JsonArray();
        foreach (var type in wanted.Where(available.Contains))
        {
            var name = type == "watts" && rawWatts ? "raw_watts" : type;
            var stream = new JsonObject
            {
                ["type"] = name,
                ["name"] = DisplayNames.GetValueOrDefault(name, name),
                ["data"] = ToJson(Samples(activity, type, second: false)),
                ["valueTypeIsArray"] = false,
                ["anomalies"] = new JsonArray(),
                ["custom"] = false,
                ["allNull"] = false,
            };
            if (type == "latlng")
            {
                stream["data2"] = ToJson(Samples(activity, type, second: true));
            }

            streams.Add(stream);
        }

        return streams;
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomized per process).</summary>
    public static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }

    /// <summary>True when the activity records <paramref name="type"/> (one of its <c>stream_types</c>).</summary>
    public static bool Has(JsonObject activity, string type) =>
        (activity?["stream_types"] as JsonArray)?.Any(node => node?.GetValue<string>() == type) ?? false;

    /// <summary>
    /// The samples of one stream, one a second for the moving time (at most 4 hours); null where a stream has
    /// no value. <paramref name="second"/> asks for latlng's longitudes.
    /// </summary>
    public static double?[] Samples(JsonObject activity, string type, bool second = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var samples = Math.Min(activity["moving_time"]?.GetValue<int>() ?? 0, 4 * 3600);
        var seed = StableHash(activity["id"]?.GetValue<string>() ?? string.Empty);
        var watts = DemoFitness.Number(activity, "icu_average_watts") is > 0 and var averageWatts ? averageWatts : 200;
        var heartRate = DemoFitness.Number(activity, "average_heartrate") is > 0 and var averageHr ? averageHr : 145;
        var speed = DemoFitness.Number(activity, "average_speed") is > 0 and var averageSpeed ? averageSpeed : 7.5;
        var random = new Random(seed + type.Length);
        var values = new double?[samples];
        var distance = 0.0;
        for (var t = 0; t < samples; t++)
        {
            var wave = Math.Sin(t / 120.0 + seed % 7);
            values[t] = type switch
            {
                "time" => t,
                "watts" => (int)(watts + 40 * wave + random.Next(-15, 16) + (t % 1800 is >= 900 and < 908 ? 450 : 0)),
                "heartrate" => (int)(heartRate - 6 + 12 * wave + Math.Min(t, 600) / 60),
                "cadence" => 85 + random.Next(-4, 5),
                "distance" => Math.Round(distance += speed * (1 + wave / 7.5), 1),
                "altitude" => Math.Round(120 + 30 * Math.Sin(t / 900.0), 1),
                "latlng" when second => Math.Round(13.40 + t * 0.00005 + 0.002 * wave, 6),
                "latlng" => Math.Round(52.52 + t * 0.00003, 6),
                "velocity_smooth" => Math.Round(speed * (1 + wave / 7.5), 2),
                "temp" => 18 + (t / 1800),
                _ => null,
            };
        }

        return values;
    }

    /// <summary>Whole numbers stay integers in the JSON (watts, bpm, seconds), as the server sends them.</summary>
    private static JsonArray ToJson(double?[] samples) =>
        new(samples.Select(value => value is { } number
            ? number == Math.Floor(number) && Math.Abs(number) < int.MaxValue ? JsonValue.Create((int)number) : JsonValue.Create(number)
            : (JsonNode?)null).ToArray());
}
