namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// A column (property) of an input that names no wellness field, with its value in this row and, when one is
/// close, the field the user probably meant ("Weight?" for Wieght, "Weight, in kg?" for Weight (lbs)).
/// </summary>
public sealed record WellnessUnusedColumn(string Name, object? Value, string? Suggestion)
{
    /// <summary>How a message names the column: 'Wieght' → Weight?</summary>
    public override string ToString() => Suggestion is null ? "'" + Name + "'" : "'" + Name + "' → " + Suggestion + "?";
}
