using System.Globalization;
using System.Text.Json;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// An activity's intervals (<c>icu_intervals</c>) and interval groups (<c>icu_groups</c>), each one a
/// dictionary of its fields as cell values. Not an array, so a CSV cell shows a count, never a type name.
/// </summary>
public sealed class IcuActivityIntervals
{
    internal const string IntervalsField = "icu_intervals";
    internal const string GroupsField = "icu_groups";

    private IcuActivityIntervals(IcuList<IReadOnlyDictionary<string, object?>> intervals, IcuList<IReadOnlyDictionary<string, object?>> groups)
    {
        Items = intervals;
        Groups = groups;
    }

    /// <summary>One dictionary per interval, keyed by the API's field names (start_index, average_watts, ...).</summary>
    public IcuList<IReadOnlyDictionary<string, object?>> Items { get; }

    public IcuList<IReadOnlyDictionary<string, object?>> Groups { get; }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} intervals, {1} groups", Items.Count, Groups.Count);

    internal static IcuActivityIntervals From(JsonElement? intervals, JsonElement? groups) => new(ToRows(intervals), ToRows(groups));

    private static IcuList<IReadOnlyDictionary<string, object?>> ToRows(JsonElement? array)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        if (array is { ValueKind: JsonValueKind.Array } items)
        {
            foreach (var item in items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object))
            {
                rows.Add(item.EnumerateObject().ToDictionary(field => field.Name, field => CellValue.From(field.Value), StringComparer.Ordinal));
            }
        }

        return new IcuList<IReadOnlyDictionary<string, object?>>(rows);
    }
}
