using System.Globalization;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Streams pivoted into rows: one row per sample, one column per stream (latlng as Latitude and
/// Longitude), Time first, so Export-Csv writes a tidy table. Column names are PascalCase: the common
/// streams by name (heartrate → HeartRate), others from their snake_case type, custom codes as they are.
/// </summary>
public sealed class ActivityStreamTable
{
    private static readonly Dictionary<string, string> KnownColumns = new(StringComparer.Ordinal)
    {
        ["time"] = "Time", ["watts"] = "Watts", ["raw_watts"] = "RawWatts", ["fixed_watts"] = "FixedWatts", ["heartrate"] = "HeartRate",
        ["raw_heartrate"] = "RawHeartRate", ["fixed_heartrate"] = "FixedHeartRate", ["cadence"] = "Cadence", ["distance"] = "Distance",
        ["altitude"] = "Altitude", ["velocity_smooth"] = "Velocity", ["moving"] = "Moving", ["grade_smooth"] = "Grade", ["temp"] = "Temperature",
        ["torque"] = "Torque", ["left_right_balance"] = "LeftRightBalance", ["smo2"] = "SmO2", ["thb"] = "THb", ["dfa_a1"] = "DfaA1",
        ["hrv"] = "Hrv", ["respiration"] = "Respiration", ["w_bal"] = "WBal",
    };

    private ActivityStreamTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> columnValues, int rowCount)
    {
        Columns = columns;
        ColumnValues = columnValues;
        RowCount = rowCount;
    }

    /// <summary>Stream types the server names (api-facts §5.2), for tab completion; custom stream codes are allowed too.</summary>
    public static IReadOnlyList<string> KnownStreamTypes { get; } = [.. KnownColumns.Keys.Append("latlng").Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Columns { get; }

    public int RowCount { get; }

    private IReadOnlyList<IReadOnlyList<object?>> ColumnValues { get; }

    public static ActivityStreamTable From(IReadOnlyList<IcuActivityStream> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var columns = new List<string>();
        var values = new List<IReadOnlyList<object?>>();
        void AddColumn(string name, IReadOnlyList<object?> data)
        {
            // Two streams that map to one name (a custom code equal to a known one) keep both, the second numbered.
            var unique = name;
            for (var suffix = 2; columns.Contains(unique, StringComparer.OrdinalIgnoreCase); suffix++)
            {
                unique = name + suffix.ToString(CultureInfo.InvariantCulture);
            }

            columns.Add(unique);
            values.Add(data);
        }

        foreach (var stream in streams.OrderBy(stream => stream.Type == "time" ? 0 : 1))
        {
            if (stream.Type == "latlng")
            {
                AddColumn("Latitude", stream.Data);
                AddColumn("Longitude", stream.Data2 ?? (IReadOnlyList<object?>)[]);
            }
            else
            {
                AddColumn(ColumnName(stream.Type ?? "stream"), stream.Data);
            }
        }

        return new ActivityStreamTable(columns, values, values.Count == 0 ? 0 : values.Max(column => column.Count));
    }

    /// <summary>PascalCase for a stream type: the known names, else snake_case turned into words; a custom code without '_' as it is.</summary>
    public static string ColumnName(string streamType)
    {
        ArgumentNullException.ThrowIfNull(streamType);
        if (KnownColumns.TryGetValue(streamType, out var known))
        {
            return known;
        }

        if (!streamType.Contains('_', StringComparison.Ordinal))
        {
            return streamType.Length > 0 && char.IsLower(streamType[0]) ? char.ToUpperInvariant(streamType[0]) + streamType[1..] : streamType;
        }

        return string.Concat(streamType.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    /// <summary>The values of one sample, in column order; a stream shorter than the others gives null.</summary>
    public object?[] Row(int index)
    {
        var row = new object?[Columns.Count];
        for (var column = 0; column < row.Length; column++)
        {
            var data = ColumnValues[column];
            row[column] = index < data.Count ? data[index] : null;
        }

        return row;
    }

    /// <summary>
    /// The columns for asked-for stream types, Time first: the fixed columns every activity's rows get, so
    /// rows of a swim and a ride piped together line up (a stream the activity lacks is empty).
    /// </summary>
    public static IReadOnlyList<string> ColumnsOf(IEnumerable<string> streamTypes)
    {
        ArgumentNullException.ThrowIfNull(streamTypes);
        var columns = new List<string> { ColumnName("time") };
        foreach (var type in streamTypes)
        {
            var names = type == "latlng" ? ["Latitude", "Longitude"] : new[] { ColumnName(type) };
            columns.AddRange(names.Where(name => !columns.Contains(name, StringComparer.OrdinalIgnoreCase)));
        }

        return columns;
    }

    /// <summary>Every column of the tables in the order first seen, Time first: the one set of columns for the rows of several activities.</summary>
    public static IReadOnlyList<string> Union(IEnumerable<ActivityStreamTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var columns = new List<string>();
        foreach (var column in tables.SelectMany(table => table.Columns))
        {
            if (!columns.Contains(column, StringComparer.Ordinal))
            {
                columns.Add(column);
            }
        }

        return [.. columns.OrderBy(column => column == "Time" ? 0 : 1)];
    }

    /// <summary>The values of one sample under the given columns, by name; a column this table lacks is null.</summary>
    public object?[] Row(int index, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var row = new object?[columns.Count];
        for (var column = 0; column < row.Length; column++)
        {
            for (var own = 0; own < Columns.Count; own++)
            {
                if (string.Equals(Columns[own], columns[column], StringComparison.Ordinal))
                {
                    var data = ColumnValues[own];
                    row[column] = index < data.Count ? data[index] : null;
                    break;
                }
            }
        }

        return row;
    }

    public IEnumerable<object?[]> Rows()
    {
        for (var index = 0; index < RowCount; index++)
        {
            yield return Row(index);
        }
    }
}
