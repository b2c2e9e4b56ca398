using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>What a newcomer reads first works as written (issue 10.10): the README quickstart and the about topic.</summary>
public sealed class NewcomerDocsTests
{
    private static string Readme => File.ReadAllText(Path.Combine(ModuleLayout.Root, "README.md"));

    private static string Quickstart => Regex.Match(Readme, "## Quickstart against the emulator(?<body>.*?)\n## ", RegexOptions.Singleline).Groups["body"].Value;

    [Fact]
    public void AboutIntervalsIcu_ListsEveryCmdlet()
    {
        var about = File.ReadAllText(Path.Combine(ModuleLayout.Root, "en-US", "about_IntervalsIcu.help.txt"));

        var unlisted = ModuleLayout.Cmdlets.Select(cmdlet => cmdlet.Name).Where(name => !Regex.IsMatch(about, $@"^\s+{Regex.Escape(name)}\s", RegexOptions.Multiline)).ToList();

        Assert.True(unlisted.Count == 0, "about_IntervalsIcu does not list " + string.Join(", ", unlisted));
    }

    [Fact]
    public void ReadmeQuickstart_ImportsTheBuiltModule_BeforeConnecting()
    {
        var import = Quickstart.IndexOf("Import-Module ./out/IntervalsIcu/IntervalsIcu.psd1", StringComparison.Ordinal);

        Assert.True(import >= 0, "the quickstart does not import the module");
        Assert.True(import < Quickstart.IndexOf("Connect-Icu", StringComparison.Ordinal), "the quickstart connects before importing the module");
    }

    [Fact]
    public void ReadmeQuickstart_CreatesEveryCsvItImports()
    {
        foreach (Match import in Regex.Matches(Quickstart, @"Import-Csv (?<file>\S+)"))
        {
            var file = import.Groups["file"].Value;
            var created = Regex.Match(Quickstart, $@"(Set-Content|Out-File|Export-Csv)\s+(-\w+\s+)?{Regex.Escape(file)}");
            Assert.True(created.Success && created.Index < import.Index, $"the quickstart reads {file} without creating it first");
        }
    }

    [Fact]
    public void Readme_SaysHowToPutASourceBuildOnPSModulePath()
    {
        Assert.Matches(@"\$env:PSModulePath = \(Resolve-Path \./out\)", Readme);
    }
}
