using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// What Export-Csv needs beyond the generated fields: the zone-time arrays as named columns, the
/// Strava stub mark, and the intervals of -IncludeIntervals as typed lists (a CSV cell holds their JSON).
/// None of it is serialized: the wire shape stays the generated one.
/// </summary>
public sealed partial class IcuActivity
{
    private static readonly JsonElement NullValue = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>
    /// True for an activity that reached Intervals.icu through Strava: the API returns only a stub of it
    /// (api-facts §3), so every metric is empty. Connect the device directly or upload its files.
    /// </summary>
    [JsonIgnore]
    [SourceField("source")]
    public bool IsStravaStub => string.Equals(Source, IcuSourceValues.Strava, StringComparison.OrdinalIgnoreCase);

    internal const string IntervalsField = "icu_intervals";
    internal const string GroupsField = "icu_groups";

    /// <summary>The intervals (<c>icu_intervals</c>), present when asked for with -IncludeIntervals.</summary>
    [JsonIgnore]
    public IcuList<IcuInterval>? Intervals { get; private set; }

    /// <summary>The interval groups (<c>icu_groups</c>), present when asked for with -IncludeIntervals.</summary>
    [JsonIgnore]
    public IcuList<IcuIntervalGroup>? IntervalGroups { get; private set; }

    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ1Secs => PowerZoneSeconds("Z1");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ2Secs => PowerZoneSeconds("Z2");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ3Secs => PowerZoneSeconds("Z3");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ4Secs => PowerZoneSeconds("Z4");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ5Secs => PowerZoneSeconds("Z5");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ6Secs => PowerZoneSeconds("Z6");
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeZ7Secs => PowerZoneSeconds("Z7");

    /// <summary>Sweet spot, which overlaps Z3 and Z4.</summary>
    [JsonIgnore, SourceField("icu_zone_times")] public int? IcuZoneTimeSsSecs => PowerZoneSeconds("SS");

    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ1Secs => At(IcuHrZoneTimes, 0);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ2Secs => At(IcuHrZoneTimes, 1);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ3Secs => At(IcuHrZoneTimes, 2);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ4Secs => At(IcuHrZoneTimes, 3);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ5Secs => At(IcuHrZoneTimes, 4);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ6Secs => At(IcuHrZoneTimes, 5);
    [JsonIgnore, SourceField("icu_hr_zone_times")] public int? IcuHrZoneTimeZ7Secs => At(IcuHrZoneTimes, 6);

    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ1Secs => At(PaceZoneTimes, 0);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ2Secs => At(PaceZoneTimes, 1);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ3Secs => At(PaceZoneTimes, 2);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ4Secs => At(PaceZoneTimes, 3);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ5Secs => At(PaceZoneTimes, 4);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ6Secs => At(PaceZoneTimes, 5);
    [JsonIgnore, SourceField("pace_zone_times")] public int? PaceZoneTimeZ7Secs => At(PaceZoneTimes, 6);

    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ1Secs => At(GapZoneTimes, 0);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ2Secs => At(GapZoneTimes, 1);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ3Secs => At(GapZoneTimes, 2);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ4Secs => At(GapZoneTimes, 3);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ5Secs => At(GapZoneTimes, 4);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ6Secs => At(GapZoneTimes, 5);
    [JsonIgnore, SourceField("gap_zone_times")] public int? GapZoneTimeZ7Secs => At(GapZoneTimes, 6);

    /// <summary>
    /// Gives every listed custom field a value (null where this activity has none), so the first
    /// object Export-Csv sees already has every custom column.
    /// </summary>
    internal void AddMissingCustomFields(IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0)
        {
            return;
        }

        AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            AdditionalProperties.TryAdd(code, NullValue);
        }
    }

    partial void OnJsonDeserialized()
    {
        // Intervals are structures, not cells: keep them off the custom columns, behind one property.
        if (AdditionalProperties is null)
        {
            return;
        }

        if (AdditionalProperties.Remove(IntervalsField, out var intervals))
        {
            Intervals = Owned(intervals, IcuModelJsonContext.Default.IcuIntervalArray, interval => interval.ActivityId = Id);
        }

        if (AdditionalProperties.Remove(GroupsField, out var groups))
        {
            IntervalGroups = Owned(groups, IcuModelJsonContext.Default.IcuIntervalGroupArray, group => group.ActivityId = Id);
        }
    }

    /// <summary>A nested list read into its type, each item told which activity it belongs to.</summary>
    private static IcuList<TItem>? Owned<TItem>(JsonElement json, JsonTypeInfo<TItem[]> typeInfo, Action<TItem> own)
    {
        if (json.Deserialize(typeInfo) is not { } items)
        {
            return null;
        }

        Array.ForEach(items, own);
        return new IcuList<TItem>(items);
    }

    private int? PowerZoneSeconds(string zoneId) =>
        IcuZoneTimes?.FirstOrDefault(zone => string.Equals(zone.Id, zoneId, StringComparison.Ordinal))?.Secs;

    private static int? At(IReadOnlyList<int>? values, int index) => values is not null && index < values.Count ? values[index] : null;
}
