using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Tab completion for -MenstrualPhase: the values the spec lists.</summary>
public sealed class MenstrualPhaseCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionList.StartingWith(WellnessFields.Find("MenstrualPhase")!.Choices, wordToComplete);
}
