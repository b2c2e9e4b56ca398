using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Tab completion for -Clear: the wellness fields that can be cleared (the numeric ones).</summary>
public sealed class WellnessClearCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => WellnessFields.All.Where(candidate => candidate.CanClear).Select(candidate => candidate.Name);
}
