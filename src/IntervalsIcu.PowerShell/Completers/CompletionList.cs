using System.Management.Automation;

namespace IntervalsIcu.PowerShell.Completers;

/// <summary>Completion results for the words that start with what was typed (quotes ignored, any case).</summary>
internal static class CompletionList
{
    public static IEnumerable<CompletionResult> StartingWith(IEnumerable<string> words, string? typed)
    {
        var prefix = (typed ?? string.Empty).Trim('\'', '"');
        return words
            .Where(word => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(word => new CompletionResult(word, word, CompletionResultType.ParameterValue, word))
            .ToList();
    }
}
