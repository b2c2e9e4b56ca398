using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model;

/// <summary>An interval knows its activity, so intervals of many activities can be rows of one CSV.</summary>
public sealed partial class IcuInterval
{
    /// <summary>The id of the activity the interval belongs to (not on the wire: the API nests intervals in it).</summary>
    [JsonIgnore]
    public string? ActivityId { get; internal set; }
}
