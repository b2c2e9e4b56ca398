using IntervalsIcu.Core.Selection;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completes -Property with the PowerShell names of <typeparamref name="TRecord"/>'s properties (as Get-Member shows them).</summary>
public sealed class PropertyNameCompleter<TRecord> : ValueListCompleter
{
    protected override IEnumerable<string> Values => PropertyCatalog.Of<TRecord>().Properties.Select(property => property.Name);
}
