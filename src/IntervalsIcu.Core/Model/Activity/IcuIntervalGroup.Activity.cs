using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model;

/// <summary>An interval group knows its activity, like <see cref="IcuInterval"/>.</summary>
public sealed partial class IcuIntervalGroup
{
    /// <summary>The id of the activity the group belongs to (not on the wire: the API nests groups in it).</summary>
    [JsonIgnore]
    public string? ActivityId { get; internal set; }
}
