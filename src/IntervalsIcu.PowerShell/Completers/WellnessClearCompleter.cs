using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Tab completion for -Clear: the wellness fields that can be cleared (the numeric ones).</summary>
public sealed class WellnessClearCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionList.StartingWith(WellnessFields.All.Where(field => field.CanClear).Select(field => field.Name), wordToComplete);
}
