using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// The best effort at one point of a curve over many activities: the point's index, its value (watts, bpm or
/// seconds over the distance), the score it won on (the value, or watts per kilogram), the activity and the
/// samples it spans.
/// </summary>
public sealed record BestEffort(int Point, int Value, double Score, JsonObject Activity, int StartIndex, int EndIndex);
