namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>The days a curve covers (both included) and the label the emulator gives it.</summary>
internal sealed record CurveRange(DateOnly Oldest, DateOnly Newest, string? Label);
