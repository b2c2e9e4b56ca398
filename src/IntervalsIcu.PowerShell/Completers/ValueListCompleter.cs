using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Tab completion from a fixed list: values that start with what was typed, case-insensitively, quoted when needed.</summary>
public abstract class ValueListCompleter : IArgumentCompleter
{
    protected abstract IEnumerable<string> Values { get; }

    /// <summary>What the completion menu shows beside a value; the value itself unless a list knows better.</summary>
    protected virtual string ToolTip(string value) => value;

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return Values
            .Where(value => value.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(value => new CompletionResult(value.Any(char.IsWhiteSpace) ? "'" + value + "'" : value, value, CompletionResultType.ParameterValue, ToolTip(value)));
    }
}
