using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model;

/// <summary>A folder names its id as the workout cmdlets take it, so Get-IcuWorkoutFolder pipes into Get-IcuWorkout and New-IcuWorkout.</summary>
public sealed partial class IcuFolder
{
    /// <summary>The folder's <see cref="Id"/> under the name of the parameter it feeds (not on the wire).</summary>
    [JsonIgnore]
    public int? FolderId => Id;
}
