using System.Text.Json.Serialization;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// What Export-Csv needs beyond the generated fields: the sport info as one line of text. A property of
/// its own rather than a note that shadows SportInfo, so no output ever carries two members of one name.
/// </summary>
public sealed partial class IcuWellness
{
    /// <summary>SportInfo as text, one sport per part: "Ride eftp=268 wPrime=18500 pMax=950;Run eftp=4.1".</summary>
    [JsonIgnore]
    [SourceField("sportInfo")]
    public string SportInfoText => WellnessRecords.SportInfoText(this);
}
