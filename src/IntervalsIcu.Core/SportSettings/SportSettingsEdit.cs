using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.SportSettings;

/// <summary>
/// The thresholds and zones to set on one sport's settings; null leaves a field as the server has it.
/// Threshold pace is a speed in metres per second, as the API stores it (api-facts §4).
/// </summary>
public sealed class SportSettingsEdit
{
    public int? Ftp { get; init; }

    public int? IndoorFtp { get; init; }

    public int? WPrime { get; init; }

    public int? Lthr { get; init; }

    public int? MaxHr { get; init; }

    public double? ThresholdPace { get; init; }

    public IReadOnlyList<int>? PowerZones { get; init; }

    public IReadOnlyList<int>? HrZones { get; init; }

    public IReadOnlyList<double>? PaceZones { get; init; }

    public bool IsEmpty => ToJson().Count == 0;

    /// <summary>The fields given, by their API names.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        Add(json, "ftp", Ftp);
        Add(json, "indoor_ftp", IndoorFtp);
        Add(json, "w_prime", WPrime);
        Add(json, "lthr", Lthr);
        Add(json, "max_hr", MaxHr);
        Add(json, "threshold_pace", ThresholdPace);
        AddList(json, "power_zones", PowerZones);
        AddList(json, "hr_zones", HrZones);
        AddList(json, "pace_zones", PaceZones);
        return json;
    }

    /// <summary>The fields whose value differs from <paramref name="current"/>'s, in the order of <see cref="ToJson"/>.</summary>
    public IReadOnlyList<EventFieldChange> ChangesFrom(IcuSportSettings current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var stored = JsonSerializer.SerializeToNode(current, IcuModelJsonContext.Default.IcuSportSettings) as JsonObject ?? [];
        return ToJson()
            .Where(field => stored[field.Key]?.ToJsonString() != field.Value?.ToJsonString())
            .Select(field => new EventFieldChange(field.Key, stored[field.Key]?.DeepClone(), field.Value?.DeepClone()))
            .ToList();
    }

    private static void Add<T>(JsonObject json, string name, T? value)
        where T : struct
    {
        if (value is { } given)
        {
            json[name] = JsonValue.Create(given);
        }
    }

    private static void AddList<T>(JsonObject json, string name, IReadOnlyList<T>? values)
    {
        if (values is not null)
        {
            json[name] = new JsonArray(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());
        }
    }
}
