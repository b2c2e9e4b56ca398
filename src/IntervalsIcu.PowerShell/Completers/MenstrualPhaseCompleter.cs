using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Tab completion for -MenstrualPhase: the values the spec lists.</summary>
public sealed class MenstrualPhaseCompleter : ValueListCompleter
{
    protected override IEnumerable<string> Values => WellnessFields.Find("MenstrualPhase")!.Choices;
}
