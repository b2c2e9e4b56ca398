using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Sessions;

/// <summary>The few athlete fields a connection needs: who the credential reached, and their time zone.</summary>
public sealed class AthleteIdentity
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }
}
