using System.Reflection;
using System.Xml.Linq;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// The manifest against what is compiled and staged, read without PowerShell: exports, format file,
/// version. The staged folder is the one dotnet build writes (out/IntervalsIcu/).
/// </summary>
public sealed class ManifestTests
{
    /// <summary>
    /// OutputTypes of this module that need no view in the format file, with the reason. Empty today:
    /// every IntervalsIcu class a cmdlet declares has a view.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> ExemptFromFormatView = new Dictionary<string, string>(StringComparer.Ordinal);

    [Fact]
    public void CmdletsToExport_equals_the_cmdlets_compiled_into_the_module_assembly()
    {
        var exported = PowerShellDataFile.Strings(ModuleLayout.Manifest()["CmdletsToExport"]).Order(StringComparer.Ordinal);
        var compiled = ModuleLayout.Cmdlets.Select(c => c.Name).Order(StringComparer.Ordinal);

        Assert.Equal(compiled, exported);
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Manifest_exports_no_functions_aliases_or_variables_and_says_so_with_an_empty_array(string key)
    {
        var manifest = ModuleLayout.Manifest();

        Assert.True(manifest.ContainsKey(key), $"{key} is missing; write {key} = @() (a missing key makes PowerShell export everything).");
        Assert.IsType<List<object?>>(manifest[key]);
        Assert.Empty(PowerShellDataFile.Strings(manifest[key]));
    }

    [Fact]
    public void Manifest_names_the_compiled_assembly_as_root_module_and_targets_PowerShell_7_4_Core()
    {
        var manifest = ModuleLayout.Manifest();

        Assert.Equal(ModuleLayout.AssemblyFile, manifest["RootModule"]);
        Assert.Equal("7.4", manifest["PowerShellVersion"]);
        Assert.Equal(["Core"], PowerShellDataFile.Strings(manifest["CompatiblePSEditions"]));
    }

    [Fact]
    public void FormatsToProcess_lists_the_format_file_and_the_staged_module_ships_it()
    {
        var formats = PowerShellDataFile.Strings(ModuleLayout.Manifest()["FormatsToProcess"]);

        Assert.Equal([ModuleLayout.FormatFile], formats);
        Assert.True(File.Exists(Path.Combine(ModuleLayout.StagedFolder, ModuleLayout.FormatFile)), "the staged module lacks its format file");
        Assert.Equal("Configuration", XDocument.Load(ModuleLayout.SourceFormatFile).Root!.Name.LocalName);
    }

    [Fact]
    public void Every_IntervalsIcu_class_a_cmdlet_declares_as_OutputType_has_a_view_in_the_format_file()
    {
        var viewed = XDocument.Load(ModuleLayout.SourceFormatFile)
            .Descendants("ViewSelectedBy").Elements("TypeName").Select(e => e.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);

        var missing =
            from cmdlet in ModuleLayout.Cmdlets
            from output in cmdlet.OutputTypes
            where output.TypeName.StartsWith("IntervalsIcu.", StringComparison.Ordinal)
            where !viewed.Contains(output.TypeName) && !ExemptFromFormatView.ContainsKey(output.TypeName)
            select $"{cmdlet.Name} -> {output.TypeName}";

        Assert.Empty(missing.Distinct());
    }

    [Fact]
    public void Staged_manifest_version_equals_the_assembly_version()
    {
        var staged = PowerShellDataFile.Read(ModuleLayout.StagedManifest);
        var moduleVersion = Version.Parse(Assert.IsType<string>(staged["ModuleVersion"]));
        var assemblyVersion = AssemblyName.GetAssemblyName(ModuleLayout.StagedAssembly).Version!;

        Assert.Equal(new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build), moduleVersion);
        Assert.DoesNotContain("{{", File.ReadAllText(ModuleLayout.StagedManifest), StringComparison.Ordinal);
    }

    [Fact]
    public void Staged_module_holds_the_root_module_both_assemblies_and_the_committed_help()
    {
        string[] expected = [ModuleLayout.AssemblyFile, "IntervalsIcu.Core.dll", ModuleLayout.ModuleName + ".psd1"];
        foreach (var file in expected)
        {
            Assert.True(File.Exists(Path.Combine(ModuleLayout.StagedFolder, file)), $"{file} is not in {ModuleLayout.StagedFolder}");
        }

        var stagedHelp = Path.Combine(ModuleLayout.StagedFolder, "en-US", ModuleLayout.HelpFile);
        Assert.True(File.Exists(stagedHelp), $"{stagedHelp} is missing");
        Assert.Equal(File.ReadAllText(ModuleLayout.CommittedHelp), File.ReadAllText(stagedHelp));
    }
}
