namespace IntervalsIcu.Core.Wellness;

/// <summary>One list request of a long wellness read, reported before it is sent: which one of how many, and its dates (both inclusive).</summary>
public sealed record WellnessWindow(int Number, int Count, DateOnly Oldest, DateOnly Newest);
