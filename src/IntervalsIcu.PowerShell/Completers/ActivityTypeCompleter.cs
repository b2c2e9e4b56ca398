using IntervalsIcu.Core.Model;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes activity types (Ride, Run, VirtualRide, ...) from the spec's list.</summary>
public sealed class ActivityTypeCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => IcuActivityTypeValues.All;
}
