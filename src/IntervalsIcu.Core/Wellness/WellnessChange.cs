using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Wellness;

/// <summary>One field a write changes: its name, the server's value before, and the new one, both as shown to the user.</summary>
public sealed record WellnessChange(string Field, string From, string To)
{
    /// <summary>The API's key (a custom field's code for custom fields).</summary>
    internal string ApiName { get; init; } = Field;

    /// <summary>What is sent: the value, or -1 for a clear.</summary>
    internal JsonNode Json { get; init; } = JsonValue.Create(0);

    public override string ToString() => Field + " " + From + " -> " + To;
}
