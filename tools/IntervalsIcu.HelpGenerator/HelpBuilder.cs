namespace IntervalsIcu.HelpGenerator;

/// <summary>One cmdlet's help: what the assembly declares and what its markdown says.</summary>
public sealed record CommandHelp(CmdletMetadata Cmdlet, HelpDocument Document)
{
    /// <summary>The types a pipeline can bind (ByValue or ByPropertyName), or None.</summary>
    public IReadOnlyList<string> InputTypeNames
    {
        get
        {
            var names = Cmdlet.Parameters.Where(p => p.AcceptsPipelineInput).Select(p => p.TypeName).Distinct(StringComparer.Ordinal).ToList();
            return names.Count == 0 ? [HelpBuilder.None] : names;
        }
    }

    /// <summary>The [OutputType] types, System.Void (or no attribute) written as None.</summary>
    public IReadOnlyList<string> OutputTypeNames
    {
        get
        {
            var names = Cmdlet.OutputTypes.Select(o => o.TypeName == "System.Void" ? HelpBuilder.None : o.TypeName).Distinct(StringComparer.Ordinal).ToList();
            return names.Count == 0 ? [HelpBuilder.None] : names;
        }
    }

    /// <summary>Every parameter in the order the markdown describes them; WhatIf/Confirm last unless described.</summary>
    public IEnumerable<(ParameterMetadata Parameter, HelpParameter? Text)> Parameters =>
        Cmdlet.Parameters
            .Select(p => (Parameter: p, Text: Document.Parameters.FirstOrDefault(d => d.Name == p.Name)))
            .OrderBy(x => x.Text is null ? int.MaxValue : Document.Parameters.IndexOf(x.Text));
}

/// <summary>
/// Pairs the compiled cmdlets with their markdown and says everything that keeps the pair from making
/// complete help: a cmdlet without a page, a page without a cmdlet, a parameter described but not
/// compiled or compiled but not described, fewer than two examples, inputs or outputs that are not
/// the declared ones, and whatever is wrong inside a page.
/// </summary>
public static class HelpBuilder
{
    public const string None = "None";
    public const int MinimumExamples = 2;

    /// <summary>The parameters PowerShell adds for ShouldProcess; a page may leave them out (standard text is used).</summary>
    public static readonly IReadOnlyDictionary<string, string> StandardParameterText = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["WhatIf"] = "Shows what would happen if the cmdlet runs. The cmdlet is not run.",
        ["Confirm"] = "Prompts you for confirmation before running the cmdlet.",
    };

    public static (IReadOnlyList<CommandHelp> Commands, IReadOnlyList<string> Problems) Build(
        IReadOnlyList<CmdletMetadata> cmdlets, string docsDirectory)
    {
        var problems = new List<string>();
        var commands = new List<CommandHelp>();
        var pages = Directory.Exists(docsDirectory)
            ? Directory.GetFiles(docsDirectory, "*.md").Where(p => !Path.GetFileName(p).StartsWith("about_", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        foreach (var page in pages)
        {
            var name = Path.GetFileNameWithoutExtension(page);
            if (!cmdlets.Any(c => c.Name == name))
            {
                problems.Add($"{page}: there is no compiled cmdlet {name} (renamed or removed? names are case-sensitive here).");
            }
        }

        foreach (var cmdlet in cmdlets)
        {
            var path = Path.Combine(docsDirectory, cmdlet.Name + ".md");
            if (!File.Exists(path))
            {
                problems.Add($"{cmdlet.Name}: no help page {path}; create one with --scaffold {cmdlet.Name} and fill it in.");
                continue;
            }

            var command = new CommandHelp(cmdlet, MarkdownHelpReader.Read(path));
            problems.AddRange(command.Document.Problems);
            problems.AddRange(Check(command));
            commands.Add(command);
        }

        return (commands, problems);
    }

    private static IEnumerable<string> Check(CommandHelp command)
    {
        var (cmdlet, document) = (command.Cmdlet, command.Document);
        var where = document.SourcePath;
        foreach (var parameter in cmdlet.Parameters)
        {
            if (!StandardParameterText.ContainsKey(parameter.Name) && !document.Parameters.Any(p => p.Name == parameter.Name))
            {
                yield return $"{where}: the parameter -{parameter.Name} ({parameter.DisplayType}) is not described; add '### -{parameter.Name}'.";
            }
        }

        foreach (var described in document.Parameters.Where(d => !cmdlet.Parameters.Any(p => p.Name == d.Name)))
        {
            yield return $"{where}:{described.Line}: -{described.Name} is described but {cmdlet.Name} has no such parameter.";
        }

        foreach (var described in document.Parameters.Where(d => d.Description.Count == 0))
        {
            yield return $"{where}:{described.Line}: -{described.Name} has no description.";
        }

        if (document.Examples.Count < MinimumExamples)
        {
            yield return $"{where}: {document.Examples.Count} example(s); help needs at least {MinimumExamples}.";
        }

        foreach (var problem in CompareTypes(where, MarkdownHelpReader.Inputs, command.InputTypeNames, document.Inputs))
        {
            yield return problem;
        }

        foreach (var problem in CompareTypes(where, MarkdownHelpReader.Outputs, command.OutputTypeNames, document.Outputs))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CompareTypes(string where, string section, IReadOnlyList<string> expected, List<HelpTypeEntry> written)
    {
        foreach (var name in expected.Where(e => !written.Any(w => w.TypeName == e)))
        {
            yield return $"{where}: '## {section}' lacks '### {name}'.";
        }

        foreach (var entry in written.Where(w => !expected.Contains(w.TypeName)))
        {
            yield return $"{where}: '## {section}' names '### {entry.TypeName}', which the cmdlet does not declare (expected: {string.Join(", ", expected)}).";
        }

        foreach (var entry in written.Where(w => w.Description.Count == 0))
        {
            yield return $"{where}: '### {entry.TypeName}' under '## {section}' says nothing about it.";
        }
    }
}
