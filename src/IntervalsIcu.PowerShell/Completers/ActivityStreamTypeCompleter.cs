using IntervalsIcu.Core.Activities;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes stream types (watts, heartrate, latlng, ...).</summary>
public sealed class ActivityStreamTypeCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => ActivityStreamTable.KnownStreamTypes;
}
