using System.Text;

namespace IntervalsIcu.HelpGenerator;

/// <summary>
/// Writes the skeleton of a cmdlet's help page: every section, every parameter (with its type, sets and
/// pipeline input as a reminder), the declared inputs and outputs, two example slots. Each place to fill
/// holds a {{ placeholder }} that the generator refuses until it is replaced.
/// </summary>
public static class Scaffolder
{
    public const string PlaceholderStart = "{{";

    public static string Skeleton(CmdletMetadata cmdlet)
    {
        var command = new CommandHelp(cmdlet, new HelpDocument { CommandName = cmdlet.Name, SourcePath = string.Empty });
        var md = new StringBuilder();
        md.Append("# ").Append(cmdlet.Name).Append("\n\n");
        md.Append("## SYNOPSIS\n{{ One sentence: what the cmdlet does. }}\n\n");
        md.Append("## DESCRIPTION\n{{ What it does, for whom, and what it needs (a session from Connect-Icu?). Blank lines separate paragraphs. }}\n\n");
        md.Append("## EXAMPLES\n\n");
        for (var n = 1; n <= HelpBuilder.MinimumExamples; n++)
        {
            md.Append("### Example ").Append(n).Append(": {{ what it shows }}\n");
            md.Append("```powershell\n{{ commands that work against the emulator or the real API as written }}\n```\n\n");
            md.Append("{{ What it does and why; an optional ```output fence may follow the code. }}\n\n");
        }

        md.Append("## PARAMETERS\n\n");
        foreach (var parameter in cmdlet.Parameters.Where(p => !HelpBuilder.StandardParameterText.ContainsKey(p.Name)))
        {
            var sets = string.Join(", ", parameter.Bindings.Select(b => b.SetName == ParameterBinding.AllSets ? "all sets" : b.SetName));
            var pipeline = ParameterBinding.PipelineText(parameter.Bindings.Any(b => b.ByValue), parameter.Bindings.Any(b => b.ByPropertyName));
            md.Append("### -").Append(parameter.Name).Append('\n');
            md.Append("{{ ").Append(parameter.DisplayType).Append(" in ").Append(sets).Append("; pipeline input: ").Append(pipeline)
              .Append(". Say what it means and what happens without it. }}\n\n");
            md.Append(parameter.IsSwitch ? "Default value: False\n\n" : "Default value: {{ None, or what is used when it is left out }}\n\n");
        }

        AppendTypes(md, MarkdownHelpReader.Inputs, command.InputTypeNames, "what can be piped in, and how it binds");
        AppendTypes(md, MarkdownHelpReader.Outputs, command.OutputTypeNames, "what is written, and when");
        md.Append("## NOTES\n\n");
        md.Append("## RELATED LINKS\n- {{ [Other-Cmdlet](Other-Cmdlet.md) or about_IntervalsIcu }}\n");
        return md.ToString();
    }

    private static void AppendTypes(StringBuilder md, string section, IReadOnlyList<string> names, string hint)
    {
        md.Append("## ").Append(section).Append("\n\n");
        foreach (var name in names)
        {
            md.Append("### ").Append(name).Append("\n{{ ").Append(hint).Append(" }}\n\n");
        }
    }
}
