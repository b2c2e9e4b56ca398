using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A value read for a field: the JSON to send, the number in the field's own unit (for the range check), and the value as given (for messages).</summary>
internal sealed record WellnessValue(WellnessField Field, JsonNode Json, double? Number, string Given);
