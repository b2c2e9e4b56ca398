namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>A local date-time window, both ends inclusive, in the athlete's own wall-clock time.</summary>
internal sealed record DateWindow(DateTime OldestLocal, DateTime NewestLocal);
