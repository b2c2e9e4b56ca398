using System.Text.RegularExpressions;

namespace IntervalsIcu.HelpGenerator;

/// <summary>
/// Reads the fixed, simple markdown of docs/en-US/&lt;Verb-Noun&gt;.md:
/// <code>
/// # Verb-Noun
/// ## SYNOPSIS        one paragraph
/// ## DESCRIPTION     paragraphs
/// ## EXAMPLES        ### Example N: Title, a ```powershell fence, an optional ```output fence, text
/// ## PARAMETERS      ### -Name, text, optional "Default value: ..." line
/// ## INPUTS          ### Type.Full.Name (or None), text
/// ## OUTPUTS         ### Type.Full.Name (or None), text
/// ## NOTES           paragraphs (optional)
/// ## RELATED LINKS   - [text](target) or - text
/// </code>
/// Paragraphs are separated by blank lines; a line starting with "- ", "* " or "1. " starts a list item
/// of its own. Lines of a paragraph are joined with spaces. Text in {{ }} is a scaffold placeholder and is
/// reported until someone replaces it.
/// What platyPS pages add is read past, since the assembly is the truth for it: YAML front matter,
/// "## SYNTAX" and "## ALIASES" sections, "### CommonParameters", and ```yaml blocks under a parameter
/// (of which only a "Default value:" line is used).
/// </summary>
public static partial class MarkdownHelpReader
{
    public const string Synopsis = "SYNOPSIS";
    public const string Description = "DESCRIPTION";
    public const string Examples = "EXAMPLES";
    public const string Parameters = "PARAMETERS";
    public const string Inputs = "INPUTS";
    public const string Outputs = "OUTPUTS";
    public const string Notes = "NOTES";
    public const string RelatedLinks = "RELATED LINKS";
    private const string Syntax = "SYNTAX";
    private const string Aliases = "ALIASES";
    private const string CommonParameters = "CommonParameters";

    private static readonly string[] SectionOrder = [Synopsis, Syntax, Aliases, Description, Examples, Parameters, Inputs, Outputs, Notes, RelatedLinks];
    private static readonly string[] Required = [Synopsis, Description, Examples, Parameters, Inputs, Outputs, RelatedLinks];
    private static readonly string[] WithSubsections = [Syntax, Examples, Parameters, Inputs, Outputs];

    public static HelpDocument Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return Parse(File.ReadAllText(path), path, name);
    }

    public static HelpDocument Parse(string text, string sourcePath, string commandName)
    {
        var document = new HelpDocument { CommandName = commandName, SourcePath = sourcePath };
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sections = Split(lines, document);
        foreach (var missing in Required.Where(r => !sections.Any(s => s.Name == r)))
        {
            document.Problems.Add($"{sourcePath}: the section '## {missing}' is missing.");
        }

        foreach (var section in sections)
        {
            switch (section.Name)
            {
                case Synopsis:
                    document.Synopsis.AddRange(Paragraphs(section.Body, document));
                    if (document.Synopsis.Count != 1)
                    {
                        document.Problems.Add($"{sourcePath}:{section.Line}: the synopsis must be one paragraph.");
                    }

                    break;
                case Description:
                    document.Description.AddRange(Paragraphs(section.Body, document));
                    break;
                case Notes:
                    document.Notes.AddRange(Paragraphs(section.Body, document));
                    break;
                case RelatedLinks:
                    ReadLinks(section.Body, document);
                    break;
                case Examples:
                    foreach (var sub in section.Subsections)
                    {
                        ReadExample(sub, document);
                    }

                    break;
                case Parameters:
                    foreach (var sub in section.Subsections.Where(sub => sub.Title != CommonParameters))
                    {
                        ReadParameter(sub, document);
                    }

                    break;
                case Inputs or Outputs:
                    var target = section.Name == Inputs ? document.Inputs : document.Outputs;
                    target.AddRange(section.Subsections.Select(sub => new HelpTypeEntry(sub.Title, Paragraphs(sub.Body, document))));
                    break;
            }

            if (WithSubsections.Contains(section.Name) && section.Name != Syntax && section.Body.Any(l => l.Text.Trim().Length > 0))
            {
                document.Problems.Add($"{sourcePath}:{section.Line}: text under '## {section.Name}' must stand under a '###' heading.");
            }
        }

        return document;
    }

    private static List<Section> Split(string[] lines, HelpDocument document)
    {
        var sections = new List<Section>();
        var titleSeen = false;
        Section? section = null;
        Subsection? subsection = null;
        var inFence = false;
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first >= 0 && lines[first].Trim() == "---")
        {
            // YAML front matter (platyPS): skipped up to its closing line.
            var close = Array.FindIndex(lines, first + 1, l => l.Trim() == "---");
            for (var j = first; j <= close; j++)
            {
                lines[j] = string.Empty;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = new SourceLine(i + 1, lines[i]);
            if (line.Text.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.Text.StartsWith("# ", StringComparison.Ordinal))
            {
                var title = line.Text[2..].Trim();
                if (titleSeen || section is not null)
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: only the first line may be a '# ' title.");
                }
                else if (title != document.CommandName)
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: the title '# {title}' must be the file's name, '# {document.CommandName}'.");
                }

                titleSeen = true;
                continue;
            }
            else if (!inFence && line.Text.StartsWith("## ", StringComparison.Ordinal))
            {
                var name = line.Text[3..].Trim().ToUpperInvariant();
                var order = Array.IndexOf(SectionOrder, name);
                if (order < 0)
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: unknown section '## {line.Text[3..].Trim()}'; the sections are {string.Join(", ", SectionOrder)}.");
                }
                else if (sections.Any(s => Array.IndexOf(SectionOrder, s.Name) >= order))
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: '## {name}' is repeated or out of order; the order is {string.Join(", ", SectionOrder)}.");
                }

                section = new Section(name, line.Number);
                sections.Add(section);
                subsection = null;
                continue;
            }
            else if (!inFence && line.Text.StartsWith("### ", StringComparison.Ordinal))
            {
                if (section is null || !WithSubsections.Contains(section.Name))
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: '###' headings belong under {string.Join(", ", WithSubsections)} only.");
                    continue;
                }

                subsection = new Subsection(line.Text[4..].Trim(), line.Number);
                section.Subsections.Add(subsection);
                continue;
            }

            if (section is null)
            {
                if (line.Text.Trim().Length > 0)
                {
                    document.Problems.Add($"{document.SourcePath}:{line.Number}: text before the first '## ' section.");
                }

                continue;
            }

            (subsection?.Body ?? section.Body).Add(line);
        }

        if (!titleSeen)
        {
            document.Problems.Add($"{document.SourcePath}:1: the file must start with '# {document.CommandName}'.");
        }

        if (inFence)
        {
            document.Problems.Add($"{document.SourcePath}: a ``` fence is not closed.");
        }

        return sections;
    }

    private static void ReadExample(Subsection sub, HelpDocument document)
    {
        var number = document.Examples.Count + 1;
        var prefix = $"Example {number}";
        if (!ExampleTitle().IsMatch(sub.Title) || !sub.Title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || (sub.Title.Length > prefix.Length && sub.Title[prefix.Length] != ':'))
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: the example heading must read '### Example {number}: <what it shows>'.");
        }

        var body = sub.Body.SkipWhile(l => l.Text.Trim().Length == 0).ToList();
        var code = TakeFence(body, "powershell", out var rest);
        if (code is null)
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: an example starts with a ```powershell fence holding the commands.");
            code = string.Empty;
        }
        else if (code.Trim().Length == 0)
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: the example's ```powershell fence is empty.");
        }

        var output = TakeFence(rest.SkipWhile(l => l.Text.Trim().Length == 0).ToList(), "output", out var remarks);
        if (output is null)
        {
            remarks = rest;
        }

        var paragraphs = Paragraphs(remarks, document);
        if (paragraphs.Count == 0)
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: say in a sentence or two after the code what the example does.");
        }

        CheckPlaceholder(sub.Title, sub.Line, document);
        CheckPlaceholder(code, sub.Line, document);
        document.Examples.Add(new HelpExample(sub.Title, code, output, paragraphs));
    }

    /// <summary>A fence of the given language at the start of <paramref name="body"/>: its text, or null.</summary>
    private static string? TakeFence(List<SourceLine> body, string language, out List<SourceLine> rest)
    {
        rest = body;
        if (body.Count == 0 || !string.Equals(body[0].Text.Trim(), "```" + language, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = body.FindIndex(1, l => l.Text.Trim() == "```");
        if (end < 0)
        {
            return null;
        }

        rest = body.Skip(end + 1).ToList();
        return string.Join("\n", body.Skip(1).Take(end - 1).Select(l => l.Text.TrimEnd()));
    }

    private static void ReadParameter(Subsection sub, HelpDocument document)
    {
        if (!sub.Title.StartsWith('-') || sub.Title.Length < 2 || sub.Title.Contains(' ', StringComparison.Ordinal))
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: a parameter heading reads '### -Name'.");
            return;
        }

        string? defaultValue = null;
        var body = new List<SourceLine>();
        var inYaml = false;
        foreach (var line in sub.Body)
        {
            var trimmed = line.Text.Trim();
            if (trimmed == "```yaml" || (inYaml && trimmed == "```"))
            {
                inYaml = !inYaml;
                continue;
            }

            var match = DefaultValueLine().Match(line.Text);
            if (inYaml && !match.Success)
            {
                continue;
            }

            if (match.Success)
            {
                defaultValue = match.Groups[1].Value.Trim();
                CheckPlaceholder(defaultValue, line.Number, document);
            }
            else
            {
                body.Add(line);
            }
        }

        var name = sub.Title[1..];
        if (document.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            document.Problems.Add($"{document.SourcePath}:{sub.Line}: the parameter -{name} is described twice.");
        }

        document.Parameters.Add(new HelpParameter(name, Paragraphs(body, document), defaultValue, sub.Line));
    }

    private static void ReadLinks(List<SourceLine> body, HelpDocument document)
    {
        foreach (var line in body.Where(l => l.Text.Trim().Length > 0))
        {
            var match = LinkLine().Match(line.Text.Trim());
            if (!match.Success)
            {
                document.Problems.Add($"{document.SourcePath}:{line.Number}: a related link reads '- [text](target)' or '- text'.");
                continue;
            }

            var text = match.Groups["text"].Success ? match.Groups["text"].Value : match.Groups["plain"].Value.Trim();
            var target = match.Groups["target"].Value;
            var uri = target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal) ? target : null;
            CheckPlaceholder(text, line.Number, document);
            document.RelatedLinks.Add(new HelpLink(text, uri));
        }
    }

    /// <summary>The paragraphs of a block of markdown lines. Fences are not allowed outside examples.</summary>
    private static List<string> Paragraphs(List<SourceLine> lines, HelpDocument document)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(" ", current));
                current.Clear();
            }
        }

        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.StartsWith("```", StringComparison.Ordinal))
            {
                document.Problems.Add($"{document.SourcePath}:{line.Number}: code fences belong in examples only.");
                continue;
            }

            CheckPlaceholder(text, line.Number, document);
            if (text.Length == 0)
            {
                Flush();
            }
            else if (ListItem().IsMatch(text))
            {
                Flush();
                current.Add(text);
            }
            else
            {
                current.Add(text);
            }
        }

        Flush();
        return paragraphs;
    }

    private static void CheckPlaceholder(string text, int line, HelpDocument document)
    {
        if (text.Contains(Scaffolder.PlaceholderStart, StringComparison.Ordinal))
        {
            document.Problems.Add($"{document.SourcePath}:{line}: placeholder text is left: {text.Trim()}");
        }
    }

    [GeneratedRegex(@"^Example \d+(: .+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleTitle();

    [GeneratedRegex(@"^Default value:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultValueLine();

    [GeneratedRegex(@"^(?:[-*] (?:\[(?<text>[^\]]+)\]\((?<target>[^)]*)\)|(?<plain>[^\[].*))|\[(?<text>[^\]]+)\]\((?<target>[^)]*)\))$")]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^(?:[-*]|\d+\.) ")]
    private static partial Regex ListItem();

    private sealed record SourceLine(int Number, string Text);

    private sealed record Section(string Name, int Line)
    {
        public List<SourceLine> Body { get; } = [];

        public List<Subsection> Subsections { get; } = [];
    }

    private sealed record Subsection(string Title, int Line)
    {
        public List<SourceLine> Body { get; } = [];
    }
}
