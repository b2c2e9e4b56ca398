using IntervalsIcu.Core.Model;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes gear types (Bike, Shoes, Chain, ...) from the spec's list.</summary>
public sealed class GearTypeCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => IcuGearTypeValues.All;
}
