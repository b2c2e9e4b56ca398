namespace IntervalsIcu.Core.Wellness;

/// <summary>Reported after each bulk request: which one of how many, how many dates it held, and whether it landed.</summary>
public sealed record WellnessBatchProgress(int BatchNumber, int BatchCount, int Dates, bool Succeeded);
