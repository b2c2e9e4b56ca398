namespace IntervalsIcu.Core.Wellness;

/// <summary>What the properties of one input object give: field values by field name, the date, and the columns no field uses.</summary>
public sealed class WellnessPropertyMatch
{
    /// <summary>Field name → value, for every field a property names (blank values included: they mean "no value").</summary>
    public required IReadOnlyDictionary<string, object?> Fields { get; init; }

    /// <summary>The value of the date property, or null when there is none.</summary>
    public object? Date { get; init; }

    /// <summary>Properties that name no wellness field, no date and no server-computed field, in input order.</summary>
    public required IReadOnlyList<WellnessUnusedColumn> Unused { get; init; }
}
