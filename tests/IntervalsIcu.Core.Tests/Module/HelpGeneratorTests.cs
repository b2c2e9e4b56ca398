using System.Xml.Linq;
using IntervalsIcu.HelpGenerator;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>The help generator's reading of markdown, its refusals, its scaffold and its MAML.</summary>
public sealed class HelpGeneratorTests : IDisposable
{
    private const string Page = """
        # Get-IcuThing

        ## SYNOPSIS
        Gets a thing.

        ## DESCRIPTION
        First paragraph,
        on two lines.

        - a list item
        - another, with <angle> & ampersand

        ## EXAMPLES

        ### Example 1: One thing
        ```powershell
        Get-IcuThing -Id 1
        ```
        ```output
        Id
        --
        1
        ```

        Gets one thing.

        ### Example 2: Two things
        ```powershell
        1, 2 | Get-IcuThing
        ```

        Pipes ids.

        ## PARAMETERS

        ### -Id
        The id.

        Default value: all

        ## INPUTS

        ### System.Int32
        Ids.

        ## OUTPUTS

        ### IntervalsIcu.Thing
        Things.

        ## NOTES
        A note.

        ## RELATED LINKS
        - [Get-IcuOther](Get-IcuOther.md)
        - [Intervals.icu](https://intervals.icu)
        - about_IntervalsIcu
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("icu-help-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Reader_takes_every_section_joins_lines_and_keeps_list_items_apart()
    {
        var doc = MarkdownHelpReader.Parse(Page, "Get-IcuThing.md", "Get-IcuThing");

        Assert.Empty(doc.Problems);
        Assert.Equal(["Gets a thing."], doc.Synopsis);
        Assert.Equal(["First paragraph, on two lines.", "- a list item", "- another, with <angle> & ampersand"], doc.Description);
        Assert.Equal(2, doc.Examples.Count);
        Assert.Equal(("Example 1: One thing", "Get-IcuThing -Id 1", "Id\n--\n1"), (doc.Examples[0].Title, doc.Examples[0].Code, doc.Examples[0].Output));
        Assert.Equal(["Gets one thing."], doc.Examples[0].Remarks);
        var id = Assert.Single(doc.Parameters);
        Assert.Equal(("Id", "all"), (id.Name, id.DefaultValue));
        Assert.Equal(["The id."], id.Description);
        Assert.Equal("System.Int32", Assert.Single(doc.Inputs).TypeName);
        Assert.Equal("IntervalsIcu.Thing", Assert.Single(doc.Outputs).TypeName);
        Assert.Equal(["A note."], doc.Notes);
        Assert.Equal(
            [new HelpLink("Get-IcuOther", null), new HelpLink("Intervals.icu", "https://intervals.icu"), new HelpLink("about_IntervalsIcu", null)],
            doc.RelatedLinks);
    }

    [Fact]
    public void Reader_reads_past_what_platyPS_pages_add_and_takes_the_default_value_from_their_yaml()
    {
        var platyPs = "---\nexternal help file: IntervalsIcu.PowerShell.dll-Help.xml\nschema: 2.0.0\n---\n\n" + Page
            .Replace("## DESCRIPTION", "## SYNTAX\n\n### ById (Default)\n```\nGet-IcuThing [[-Id] <Int32>]\n```\n\n## DESCRIPTION", StringComparison.Ordinal)
            .Replace("The id.\n\nDefault value: all", "The id.\n\n```yaml\nType: Int32\nDefault value: None\nAccept pipeline input: True (ByValue)\n```\n\n### CommonParameters\nThis cmdlet supports the common parameters.", StringComparison.Ordinal)
            .Replace("- [Get-IcuOther](Get-IcuOther.md)", "[Get-IcuOther](Get-IcuOther.md)", StringComparison.Ordinal);

        var doc = MarkdownHelpReader.Parse(platyPs, "Get-IcuThing.md", "Get-IcuThing");

        Assert.Empty(doc.Problems);
        var id = Assert.Single(doc.Parameters);
        Assert.Equal(("Id", "None"), (id.Name, id.DefaultValue));
        Assert.Equal(["The id."], id.Description);
        Assert.Equal("Get-IcuOther", doc.RelatedLinks[0].Text);
    }

    [Theory]
    [InlineData("## DESCRIPTION\n", "", "the section '## DESCRIPTION' is missing")]
    [InlineData("### Example 2: Two things", "### Example 3: Two things", "must read '### Example 2")]
    [InlineData("```powershell\n1, 2 | Get-IcuThing\n```", "1, 2 | Get-IcuThing", "starts with a ```powershell fence")]
    [InlineData("Gets one thing.", "{{ what it does }}", "placeholder text is left")]
    [InlineData("# Get-IcuThing", "# Get-IcuOther", "must be the file's name")]
    [InlineData("## NOTES", "## REMARKS", "unknown section")]
    public void Reader_reports_what_keeps_a_page_from_being_complete_help(string find, string replace, string expected)
    {
        var doc = MarkdownHelpReader.Parse(Page.Replace(find, replace, StringComparison.Ordinal), "Get-IcuThing.md", "Get-IcuThing");

        Assert.Contains(doc.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Builder_reports_a_parameter_not_described_one_not_compiled_and_too_few_examples()
    {
        var cmdlet = Thing(("Id", "System.Int32"), ("Name", "System.String"));
        var page = Page.Replace("### -Id", "### -Ids", StringComparison.Ordinal)
            .Replace(Page[Page.IndexOf("### Example 2", StringComparison.Ordinal)..Page.IndexOf("## PARAMETERS", StringComparison.Ordinal)], string.Empty, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "Get-IcuThing.md"), page);

        var (_, problems) = HelpBuilder.Build([cmdlet], folder);

        Assert.Contains(problems, p => p.Contains("-Id (Int32) is not described", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("-Name (String) is not described", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("-Ids is described but Get-IcuThing has no such parameter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("1 example(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Builder_reports_a_cmdlet_without_a_page_and_a_page_without_a_cmdlet()
    {
        File.WriteAllText(Path.Combine(folder, "Get-IcuGone.md"), Page);

        var (_, problems) = HelpBuilder.Build([Thing(("Id", "System.Int32"))], folder);

        Assert.Contains(problems, p => p.Contains("no help page", StringComparison.Ordinal) && p.Contains("--scaffold Get-IcuThing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("there is no compiled cmdlet Get-IcuGone", StringComparison.Ordinal));
    }

    [Fact]
    public void Scaffold_of_every_compiled_cmdlet_lists_all_its_parameters_and_is_refused_until_filled_in()
    {
        foreach (var cmdlet in ModuleLayout.Cmdlets)
        {
            var doc = MarkdownHelpReader.Parse(Scaffolder.Skeleton(cmdlet), cmdlet.Name + ".md", cmdlet.Name);

            // WhatIf and Confirm are documented by the builder itself unless a page describes them.
            Assert.Equal(cmdlet.Parameters.Select(p => p.Name).Where(name => name is not ("WhatIf" or "Confirm")), doc.Parameters.Select(p => p.Name));
            Assert.Equal(HelpBuilder.MinimumExamples, doc.Examples.Count);
            Assert.NotEmpty(doc.Problems);
            Assert.All(doc.Problems, p => Assert.Contains("placeholder", p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Writer_makes_well_formed_MAML_with_escaped_text_switches_bare_in_syntax_and_WhatIf_for_ShouldProcess()
    {
        var cmdlet = Thing(("Id", "System.Int32"), ("Force", "System.Management.Automation.SwitchParameter")) with { SupportsShouldProcess = true };
        cmdlet = cmdlet with { Parameters = [.. cmdlet.Parameters, Switch("WhatIf", "wi"), Switch("Confirm", "cf")] };
        var page = Page.Replace("## INPUTS", "### -Force\nForces it.\n\n## INPUTS", StringComparison.Ordinal);
        var command = new CommandHelp(cmdlet, MarkdownHelpReader.Parse(page, "Get-IcuThing.md", "Get-IcuThing"));

        var xml = XDocument.Parse(MamlWriter.Write([command], name => $"https://example.org/{name}.md"));

        XNamespace maml = "http://schemas.microsoft.com/maml/2004/10", cmd = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        Assert.Contains("- another, with <angle> & ampersand", xml.Descendants(maml + "para").Select(p => p.Value));
        var syntaxForce = xml.Descendants(cmd + "syntaxItem").Elements(cmd + "parameter").Single(p => p.Element(maml + "name")!.Value == "Force");
        Assert.Null(syntaxForce.Element(cmd + "parameterValue"));
        var whatIf = xml.Descendants(cmd + "parameters").Elements(cmd + "parameter").Single(p => p.Element(maml + "name")!.Value == "WhatIf");
        Assert.Equal("wi", (string?)whatIf.Attribute("aliases"));
        Assert.Equal(HelpBuilder.StandardParameterText["WhatIf"], whatIf.Element(maml + "Description")!.Value.Trim());
        Assert.Equal("https://example.org/Get-IcuThing.md", xml.Descendants(maml + "navigationLink").First().Element(maml + "uri")!.Value);
    }

    [Fact]
    public void Example_titles_are_centred_between_dashes_as_platyPS_writes_them()
    {
        Assert.Equal($"{new string('-', 26)} Example 1 {new string('-', 26)}", MamlWriter.ExampleTitle("Example 1"));
    }

    [Fact]
    public void Comparison_ignores_line_ends_and_names_the_first_differing_line()
    {
        Assert.True(HelpFile.SameText("a\r\nb\r\n", "a\nb\n"));
        Assert.Equal("line 2: committed 'b', generated 'c'", HelpFile.FirstDifference("a\nb\n", "a\nc\n"));
    }

    private static CmdletMetadata Thing(params (string Name, string Type)[] parameters) =>
        new("Get-IcuThing", "Get", "IcuThing", "Tests.GetIcuThingCommand", null, false, "Medium",
            [new OutputTypeMetadata("IntervalsIcu.Thing", [])],
            [.. parameters.Select(p => new ParameterMetadata(
                p.Name, p.Type, p.Type[(p.Type.LastIndexOf('.') + 1)..], p.Type.EndsWith("SwitchParameter", StringComparison.Ordinal), [],
                [new ParameterBinding(ParameterBinding.AllSets, false, null, ByValue: p.Name == "Id", false)]))]);

    private static ParameterMetadata Switch(string name, string alias) =>
        new(name, "System.Management.Automation.SwitchParameter", "SwitchParameter", true, [alias],
            [new ParameterBinding(ParameterBinding.AllSets, false, null, false, false)]);
}
