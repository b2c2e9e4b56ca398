namespace IntervalsIcu.Core.Wellness;

/// <summary>One thing wrong with a row: the field, the value as given, and what is wrong, in words.</summary>
public sealed record WellnessIssue(string Field, string? Value, string Message);
