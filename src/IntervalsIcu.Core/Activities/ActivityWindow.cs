namespace IntervalsIcu.Core.Activities;

/// <summary>One request's date window of a long listing: local wall-clock bounds, both inclusive.</summary>
public sealed record ActivityWindow(int Number, int Count, DateTime OldestLocal, DateTime NewestLocal);
