using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A row after reading: its date, its values by API name, the fields to clear, its custom fields, and what was wrong.</summary>
internal sealed class ParsedWellnessRow
{
    public required int RowNumber { get; init; }

    /// <summary>Null when the date could not be read (then <see cref="Issues"/> says why).</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The date, or "Row 12" when it has none: how messages name the row.</summary>
    public required string Label { get; set; }

    /// <summary>One value per API name; SleepHours lands on sleepSecs.</summary>
    public Dictionary<string, WellnessValue> Values { get; } = new(StringComparer.Ordinal);

    public List<WellnessField> Clears { get; } = [];

    public Dictionary<string, JsonNode> CustomFields { get; } = new(StringComparer.Ordinal);

    public List<WellnessIssue> Issues { get; } = [];

    public object? Source { get; set; }

    /// <summary>A row with nothing in it at all, e.g. a trailing ",,,," line of a CSV: skipped, not an error.</summary>
    public bool IsBlank { get; init; }

    /// <summary>The row names no wellness field at all (only unknown columns, or no field parameter): it fails, never counts as Unchanged.</summary>
    public bool NamesNoField { get; init; }

    public IReadOnlyList<WellnessUnusedColumn> Unused { get; init; } = [];

    /// <summary>Takes what <paramref name="later"/> gives over this row's values: later rows win, field by field.</summary>
    public void MergeLater(ParsedWellnessRow later)
    {
        foreach (var (apiName, value) in later.Values)
        {
            Values[apiName] = value;
            Clears.RemoveAll(field => field.ApiName == apiName);
        }

        foreach (var field in later.Clears.Where(field => !Clears.Contains(field)))
        {
            Clears.Add(field);
            Values.Remove(field.ApiName);
        }

        foreach (var (code, value) in later.CustomFields)
        {
            CustomFields[code] = value;
        }

        Source = later.Source;
    }
}
