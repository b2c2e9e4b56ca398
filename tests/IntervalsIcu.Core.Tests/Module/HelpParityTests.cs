using System.Globalization;
using System.Xml.Linq;
using IntervalsIcu.HelpGenerator;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// The committed MAML (en-US/IntervalsIcu.PowerShell.dll-Help.xml, what Get-Help reads) against the
/// compiled cmdlets: a cmdlet, a parameter, a type, an alias, a parameter set, an example or a declared
/// output missing or different fails a test. The MAML is read here with plain XML, independently of the
/// generator; the last test also demands it be exactly what the generator writes from docs/en-US.
/// </summary>
public sealed class HelpParityTests
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    [Fact]
    public void Help_is_MAML_with_one_command_per_compiled_cmdlet_and_none_other()
    {
        var help = ModuleLayout.Help();

        Assert.Equal(Msh + "helpItems", help.Root!.Name);
        Assert.Equal("maml", (string?)help.Root.Attribute("schema"));
        var documented = help.Root.Elements(Command + "command").Select(Name).Order(StringComparer.Ordinal);
        Assert.Equal(ModuleLayout.Cmdlets.Select(c => c.Name).Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void Help_names_verb_and_noun_and_has_a_synopsis_and_a_description_for_every_cmdlet()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var details = command.Element(Command + "details")!;
            Expect(problems, (string?)details.Element(Command + "verb") == cmdlet.Verb, $"{cmdlet.Name}: verb");
            Expect(problems, (string?)details.Element(Command + "noun") == cmdlet.Noun, $"{cmdlet.Name}: noun");
            Expect(problems, Paras(details.Element(Maml + "description")).Any(p => p.Length > 0), $"{cmdlet.Name}: no synopsis");
            Expect(problems, Paras(command.Element(Maml + "description")).Any(p => p.Length > 0), $"{cmdlet.Name}: no description");
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_lists_every_parameter_once_with_its_compiled_type_aliases_and_a_description()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var listed = command.Element(Command + "parameters")!.Elements(Command + "parameter").ToList();
            var names = listed.Select(Name).ToList();
            Expect(problems, names.Count == names.Distinct(StringComparer.Ordinal).Count(), $"{cmdlet.Name}: a parameter is listed twice");
            foreach (var extra in names.Except(cmdlet.Parameters.Select(p => p.Name)))
            {
                problems.Add($"{cmdlet.Name}: help lists -{extra}, which is not compiled");
            }

            foreach (var parameter in cmdlet.Parameters)
            {
                var element = listed.FirstOrDefault(e => Name(e) == parameter.Name);
                if (element is null)
                {
                    problems.Add($"{cmdlet.Name}: -{parameter.Name} is not in the help");
                    continue;
                }

                Expect(problems, (string?)element.Element(Dev + "type")?.Element(Maml + "name") == parameter.DisplayType,
                    $"{cmdlet.Name} -{parameter.Name}: type is not {parameter.DisplayType}");
                Expect(problems, Aliases(element).SequenceEqual(parameter.Aliases.Order(StringComparer.Ordinal)),
                    $"{cmdlet.Name} -{parameter.Name}: aliases '{(string?)element.Attribute("aliases")}', compiled '{string.Join(", ", parameter.Aliases)}'");
                Expect(problems, Paras(element.Element(Maml + "Description")).Any(p => p.Length > 0),
                    $"{cmdlet.Name} -{parameter.Name}: no description");
                Expect(problems, element.Element(Dev + "defaultValue") is { Value.Length: > 0 },
                    $"{cmdlet.Name} -{parameter.Name}: no default value");
            }
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_syntax_has_one_item_per_parameter_set_with_exactly_that_sets_parameters()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var items = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem")
                .Select(item => Signature(item.Elements(Command + "parameter").Select(p =>
                    (Name(p), (string?)p.Attribute("required") == "true"))))
                .ToList();
            var sets = cmdlet.ParameterSets
                .Select(set => (Set: set, Signature: Signature(cmdlet.ParametersOf(set).Select(x => (x.Parameter.Name, x.Binding.Mandatory)))))
                .ToList();

            Expect(problems, items.Count == sets.Count, $"{cmdlet.Name}: {items.Count} syntax items for {sets.Count} parameter sets");
            foreach (var (set, signature) in sets.Where(s => !items.Contains(s.Signature)))
            {
                problems.Add($"{cmdlet.Name}: no syntax item for the set {set} ({signature})");
            }
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_syntax_states_position_and_pipeline_input_as_compiled()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var inSyntax = command.Element(Command + "syntax")!.Descendants(Command + "parameter").ToList();
            foreach (var parameter in cmdlet.Parameters)
            {
                foreach (var binding in parameter.Bindings)
                {
                    var position = binding.Position?.ToString(CultureInfo.InvariantCulture) ?? "named";
                    var pipeline = ParameterBinding.PipelineText(binding.ByValue, binding.ByPropertyName);
                    var stated = inSyntax.Where(e => Name(e) == parameter.Name).ToList();
                    Expect(problems, stated.Any(e => (string?)e.Attribute("position") == position && (string?)e.Attribute("pipelineInput") == pipeline),
                        $"{cmdlet.Name} -{parameter.Name} ({binding.SetName}): position {position}, pipeline {pipeline} not stated");
                }
            }
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_has_at_least_two_examples_with_code_and_an_explanation_for_every_cmdlet()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var examples = command.Element(Command + "examples")?.Elements(Command + "example").ToList() ?? [];
            Expect(problems, examples.Count >= HelpBuilder.MinimumExamples, $"{cmdlet.Name}: {examples.Count} example(s)");
            foreach (var example in examples)
            {
                var title = (string?)example.Element(Maml + "title") ?? string.Empty;
                Expect(problems, ((string?)example.Element(Dev + "code"))?.Contains(cmdlet.Name, StringComparison.Ordinal) == true,
                    $"{cmdlet.Name}, {title}: the code does not use {cmdlet.Name}");
                Expect(problems, Paras(example.Element(Dev + "remarks")).Any(p => p.Length > 0), $"{cmdlet.Name}, {title}: no explanation");
            }
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_return_values_are_the_declared_OutputTypes_and_inputs_the_pipeline_parameters()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var returns = TypeNames(command, "returnValues", "returnValue");
            var declared = cmdlet.OutputTypes.Select(o => o.TypeName == "System.Void" ? "None" : o.TypeName).Distinct().Order(StringComparer.Ordinal);
            Expect(problems, returns.SequenceEqual(declared), $"{cmdlet.Name}: returnValues {string.Join(", ", returns)}, declared {string.Join(", ", declared)}");

            var inputs = TypeNames(command, "inputTypes", "inputType");
            var piped = cmdlet.Parameters.Where(p => p.AcceptsPipelineInput).Select(p => p.TypeName).Distinct().Order(StringComparer.Ordinal).ToList();
            Expect(problems, inputs.SequenceEqual(piped.Count == 0 ? ["None"] : piped), $"{cmdlet.Name}: inputTypes {string.Join(", ", inputs)}");
        }

        NoProblems(problems);
    }

    [Fact]
    public void Help_relates_each_cmdlet_to_others_and_links_its_online_page_first()
    {
        var problems = new List<string>();
        foreach (var (cmdlet, command) in Pairs())
        {
            var links = command.Element(Command + "relatedLinks")?.Elements(Maml + "navigationLink").ToList() ?? [];
            Expect(problems, links.Count >= 2, $"{cmdlet.Name}: no related links");
            Expect(problems, links.FirstOrDefault()?.Element(Maml + "uri")?.Value.EndsWith($"/{cmdlet.Name}.md", StringComparison.Ordinal) == true,
                $"{cmdlet.Name}: the first link is not its online page (Get-Help -Online uses it)");
        }

        NoProblems(problems);
    }

    [Fact]
    public void Committed_help_is_what_the_generator_writes_from_the_docs_and_the_compiled_cmdlets()
    {
        var (commands, problems) = HelpBuilder.Build(ModuleLayout.Cmdlets, ModuleLayout.DocsFolder);
        var generated = MamlWriter.Write(commands, OnlineHelp.UriFor(ModuleLayout.ManifestTemplate));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(
            HelpFile.SameText(File.ReadAllText(ModuleLayout.CommittedHelp), generated),
            $"{HelpFile.FirstDifference(File.ReadAllText(ModuleLayout.CommittedHelp), generated)}. " +
            "Run 'dotnet run --project tools/IntervalsIcu.HelpGenerator' and commit en-US/.");
    }

    private static IEnumerable<(CmdletMetadata Cmdlet, XElement Command)> Pairs()
    {
        var commands = ModuleLayout.Help().Root!.Elements(Command + "command").ToList();
        foreach (var cmdlet in ModuleLayout.Cmdlets)
        {
            var command = commands.FirstOrDefault(c => Name(c) == cmdlet.Name);
            Assert.True(command is not null, $"{cmdlet.Name} has no help");
            yield return (cmdlet, command!);
        }
    }

    private static string Name(XElement element) =>
        ((string?)element.Element(Command + "details")?.Element(Command + "name") ?? (string?)element.Element(Maml + "name") ?? string.Empty).Trim();

    private static IEnumerable<string> Paras(XElement? description) =>
        description?.Elements(Maml + "para").Select(p => p.Value.Trim()) ?? [];

    private static IEnumerable<string> Aliases(XElement parameter)
    {
        var text = (string?)parameter.Attribute("aliases") ?? "none";
        return text == "none" ? [] : text.Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal);
    }

    private static List<string> TypeNames(XElement command, string list, string item) =>
        [.. (command.Element(Command + list)?.Elements(Command + item) ?? [])
            .Select(e => ((string?)e.Element(Dev + "type")?.Element(Maml + "name") ?? string.Empty).Trim())
            .Order(StringComparer.Ordinal)];

    private static string Signature(IEnumerable<(string Name, bool Required)> parameters) =>
        string.Join(" ", parameters.Select(p => p.Required ? p.Name : $"[{p.Name}]").Order(StringComparer.Ordinal));

    private static void NoProblems(List<string> problems) =>
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

    private static void Expect(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
