using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Generates an activity's streams (1 Hz samples) from its id, type and duration, so every activity
/// with <c>stream_types</c> has data without storing any. Shape of <c>ActivityStream</c>: latlng holds
/// latitudes in <c>data</c> and longitudes in <c>data2</c>.
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
        var samples = Math.Min(activity["moving_time"]?.GetValue<int>() ?? 0, 4 * 3600);
        var seed = StableHash(activity["id"]?.GetValue<string>() ?? string.Empty);
        var streams = new JsonArray();
        foreach (var type in wanted.Where(available.Contains))
        {
            var name = type == "watts" && rawWatts ? "raw_watts" : type;
            var stream = new JsonObject
            {
                ["type"] = name,
                ["name"] = DisplayNames.GetValueOrDefault(name, name),
                ["data"] = Series(type, samples, seed, second: false),
                ["valueTypeIsArray"] = false,
                ["anomalies"] = new JsonArray(),
                ["custom"] = false,
                ["allNull"] = false,
            };
            if (type == "latlng")
            {
                stream["data2"] = Series(type, samples, seed, second: true);
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

    private static JsonArray Series(string type, int samples, int seed, bool second)
    {
        var random = new Random(seed + type.Length);
        var values = new JsonNode?[samples];
        var distance = 0.0;
        for (var t = 0; t < samples; t++)
        {
            var wave = Math.Sin(t / 120.0 + seed % 7);
            values[t] = type switch
            {
                "time" => t,
                "watts" => (int)(200 + 40 * wave + random.Next(-15, 16)),
                "heartrate" => (int)(140 + 12 * wave + Math.Min(t, 600) / 60),
                "cadence" => 85 + random.Next(-4, 5),
                "distance" => Math.Round(distance += 7.5 + wave, 1),
                "altitude" => Math.Round(120 + 30 * Math.Sin(t / 900.0), 1),
                "latlng" when second => Math.Round(13.40 + t * 0.00005 + 0.002 * wave, 6),
                "latlng" => Math.Round(52.52 + t * 0.00003, 6),
                "velocity_smooth" => Math.Round(7.5 + wave, 2),
                "temp" => 18 + (t / 1800),
                _ => null,
            };
        }

        return new JsonArray(values);
    }
}
