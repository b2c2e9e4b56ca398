using System.Globalization;
using System.Text;

namespace IntervalsIcu.HelpGenerator;

/// <summary>
/// Writes MAML command help as PowerShell's Get-Help reads it, element for element in the layout
/// platyPS gives a module's &lt;assembly&gt;.dll-Help.xml (PowerShell/SecretManagement's
/// help/en-US/Microsoft.PowerShell.SecretManagement.dll-Help.xml was the model): the helpItems root in
/// the http://msh namespace; per command details, description, syntax (one syntaxItem per parameter
/// set), parameters, inputTypes, returnValues, alertSet (notes), examples and relatedLinks.
/// The text is written by hand, not by XmlWriter, so the namespace declarations come in that file's
/// order; every value passes through <see cref="Escape"/>. Lines end in \n on every OS.
/// </summary>
public static class MamlWriter
{
    private const string Namespaces =
        "xmlns:maml=\"http://schemas.microsoft.com/maml/2004/10\" xmlns:command=\"http://schemas.microsoft.com/maml/dev/command/2004/10\" " +
        "xmlns:dev=\"http://schemas.microsoft.com/maml/dev/2004/10\" xmlns:MSHelp=\"http://msdn.microsoft.com/mshelp\"";

    private const int ExampleTitleWidth = 64;

    /// <param name="onlineUri">The address of a cmdlet's page online, or null for no "Online Version:" link.</param>
    public static string Write(IEnumerable<CommandHelp> commands, Func<string, string?> onlineUri)
    {
        var xml = new Builder();
        xml.Line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.Open("helpItems schema=\"maml\" xmlns=\"http://msh\"");
        foreach (var command in commands.OrderBy(c => c.Cmdlet.Name, StringComparer.OrdinalIgnoreCase))
        {
            WriteCommand(xml, command, onlineUri(command.Cmdlet.Name));
        }

        xml.Close("helpItems");
        return xml.ToString();
    }

    private static void WriteCommand(Builder xml, CommandHelp command, string? onlineUri)
    {
        var (cmdlet, document) = (command.Cmdlet, command.Document);
        xml.Open("command:command " + Namespaces);

        xml.Open("command:details");
        xml.Leaf("command:name", cmdlet.Name);
        xml.Leaf("command:verb", cmdlet.Verb);
        xml.Leaf("command:noun", cmdlet.Noun);
        Description(xml, "maml:description", document.Synopsis);
        xml.Close("command:details");
        Description(xml, "maml:description", document.Description);

        xml.Open("command:syntax");
        foreach (var set in cmdlet.ParameterSets)
        {
            xml.Open("command:syntaxItem");
            xml.Leaf("maml:name", cmdlet.Name);
            foreach (var (parameter, binding) in cmdlet.ParametersOf(set))
            {
                Parameter(xml, parameter, TextOf(command, parameter), binding.Mandatory, binding.Position,
                    ParameterBinding.PipelineText(binding.ByValue, binding.ByPropertyName), inSyntax: true);
            }

            xml.Close("command:syntaxItem");
        }

        xml.Close("command:syntax");

        xml.Open("command:parameters");
        foreach (var (parameter, _) in command.Parameters)
        {
            var positions = parameter.Bindings.Select(b => b.Position).Distinct().ToList();
            Parameter(xml, parameter, TextOf(command, parameter),
                mandatory: parameter.Bindings.All(b => b.Mandatory),
                position: positions.Count == 1 ? positions[0] : null,
                pipeline: ParameterBinding.PipelineText(parameter.Bindings.Any(b => b.ByValue), parameter.Bindings.Any(b => b.ByPropertyName)),
                inSyntax: false);
        }

        xml.Close("command:parameters");

        TypeList(xml, "command:inputTypes", "command:inputType", command.InputTypeNames, document.Inputs);
        TypeList(xml, "command:returnValues", "command:returnValue", command.OutputTypeNames, document.Outputs);

        if (document.Notes.Count > 0)
        {
            xml.Open("maml:alertSet");
            xml.Open("maml:alert");
            foreach (var para in document.Notes)
            {
                xml.Leaf("maml:para", para);
            }

            xml.Close("maml:alert");
            xml.Close("maml:alertSet");
        }

        xml.Open("command:examples");
        foreach (var example in document.Examples)
        {
            xml.Open("command:example");
            xml.Leaf("maml:title", ExampleTitle(example.Title));
            xml.Leaf("dev:code", example.Output is null ? example.Code : example.Code + "\n\n" + example.Output);
            Description(xml, "dev:remarks", example.Remarks);
            xml.Close("command:example");
        }

        xml.Close("command:examples");

        xml.Open("command:relatedLinks");
        var links = document.RelatedLinks.ToList();
        if (onlineUri is not null)
        {
            links.Insert(0, new HelpLink("Online Version:", onlineUri));
        }

        foreach (var link in links)
        {
            xml.Open("maml:navigationLink");
            xml.Leaf("maml:linkText", link.Text);
            xml.Leaf("maml:uri", link.Uri ?? string.Empty);
            xml.Close("maml:navigationLink");
        }

        xml.Close("command:relatedLinks");
        xml.Close("command:command");
    }

    private static void Parameter(Builder xml, ParameterMetadata parameter, HelpParameter? text, bool mandatory, int? position, string pipeline, bool inSyntax)
    {
        var aliases = parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases);
        var positionText = position?.ToString(CultureInfo.InvariantCulture) ?? "named";
        xml.Open($"command:parameter required=\"{Bool(mandatory)}\" variableLength=\"true\" globbing=\"false\" " +
                 $"pipelineInput=\"{EscapeAttribute(pipeline)}\" position=\"{positionText}\" aliases=\"{EscapeAttribute(aliases)}\"");
        xml.Leaf("maml:name", parameter.Name);
        Description(xml, "maml:Description",
            text?.Description ?? [HelpBuilder.StandardParameterText.GetValueOrDefault(parameter.Name, string.Empty)]);
        if (!(inSyntax && parameter.IsSwitch))
        {
            // Syntax lines show a switch bare; the parameter list shows its type like any other.
            var valueRequired = parameter.IsSwitch ? "false" : "true";
            xml.Leaf($"command:parameterValue required=\"{valueRequired}\" variableLength=\"false\"", parameter.DisplayType, "command:parameterValue");
        }

        xml.Open("dev:type");
        xml.Leaf("maml:name", parameter.DisplayType);
        xml.Empty("maml:uri");
        xml.Close("dev:type");
        xml.Leaf("dev:defaultValue", text?.DefaultValue ?? (parameter.IsSwitch ? "False" : "None"));
        xml.Close("command:parameter");
    }

    private static HelpParameter? TextOf(CommandHelp command, ParameterMetadata parameter) =>
        command.Document.Parameters.FirstOrDefault(p => p.Name == parameter.Name);

    private static void TypeList(Builder xml, string list, string item, IReadOnlyList<string> names, List<HelpTypeEntry> written)
    {
        xml.Open(list);
        foreach (var name in names)
        {
            xml.Open(item);
            xml.Open("dev:type");
            xml.Leaf("maml:name", name);
            xml.Close("dev:type");
            Description(xml, "maml:description", written.FirstOrDefault(w => w.TypeName == name)?.Description ?? []);
            xml.Close(item);
        }

        xml.Close(list);
    }

    private static void Description(Builder xml, string element, IReadOnlyList<string> paragraphs)
    {
        xml.Open(element);
        foreach (var para in paragraphs.Count == 0 ? [string.Empty] : paragraphs)
        {
            xml.Leaf("maml:para", para);
        }

        xml.Close(element.Split(' ')[0]);
    }

    /// <summary>"Example 1: Title" centred between dashes, as Get-Help shows platyPS examples.</summary>
    public static string ExampleTitle(string title)
    {
        var dashes = Math.Max(2, (ExampleTitleWidth - title.Length - 2) / 2);
        var bar = new string('-', dashes);
        return $"{bar} {title} {bar}";
    }

    /// <summary>Text content: &amp;, &lt; and &gt; escaped, as platyPS writes them.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>An attribute value in double quotes.</summary>
    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Indented elements, two spaces a level, in the order they are opened.</summary>
    private sealed class Builder
    {
        private readonly StringBuilder text = new();
        private int depth;

        public void Line(string line) => text.Append(new string(' ', depth * 2)).Append(line).Append('\n');

        public void Open(string tagWithAttributes)
        {
            Line($"<{tagWithAttributes}>");
            depth++;
        }

        public void Close(string tag)
        {
            depth--;
            Line($"</{tag}>");
        }

        public void Leaf(string tagWithAttributes, string value, string? closingTag = null) =>
            Line($"<{tagWithAttributes}>{Escape(value)}</{closingTag ?? tagWithAttributes}>");

        public void Empty(string tag) => Line($"<{tag} />");

        public override string ToString() => text.ToString();
    }
}
