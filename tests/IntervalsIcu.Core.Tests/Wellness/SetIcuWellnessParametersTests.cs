using System.Text.RegularExpressions;
using IntervalsIcu.Core.Tests.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>
/// Set-IcuWellness's parameters follow Core's field table: one per field, bound by property name, with the
/// table's aliases, and every one handed to Core. Read from the cmdlet's source, as no PowerShell runs
/// here (the Pester tests check the same on the loaded cmdlet).
/// </summary>
public sealed partial class SetIcuWellnessParametersTests
{
    private const string CmdletPath = "src/IntervalsIcu.PowerShell/Commands/SetIcuWellnessCommand.cs";

    [SkippableFact]
    public void EveryField_IsAParameterWithTheTablesAliases_MatchedByCoreNotBoundByPowerShell()
    {
        var parameters = ReadParameters();

        foreach (var field in WellnessFields.All)
        {
            Assert.True(parameters.TryGetValue(field.Name, out var parameter), $"No parameter -{field.Name}.");
            // Core's WellnessPropertyMatcher matches a piped object's properties; PowerShell binding them too would
            // try every name and alias on every row.
            Assert.False(parameter.ByPropertyName, $"-{field.Name} binds by property name in PowerShell as well as in Core.");
            Assert.Equal(field.Aliases, parameter.Aliases);
        }

        Assert.Equal(WellnessPropertyMatcher.DateNames.Skip(1), parameters["Date"].Aliases);
        Assert.False(parameters["Date"].ByPropertyName);
    }

    [SkippableFact]
    public void EveryField_IsHandedToCore()
    {
        var source = ReadSource();

        foreach (var field in WellnessFields.All)
        {
            Assert.Contains($"new(nameof({field.Name}), {field.Name}),", source, StringComparison.Ordinal);
        }
    }

    private static string ReadSource()
    {
        Skip.If(ModelTestFiles.RepositoryRoot is null, "The repository was not found above the test assembly.");
        return File.ReadAllText(Path.Combine(ModelTestFiles.RepositoryRoot!, CmdletPath));
    }

    private static Dictionary<string, (bool ByPropertyName, string[] Aliases)> ReadParameters()
    {
        var parameters = new Dictionary<string, (bool, string[])>(StringComparer.Ordinal);
        foreach (Match match in ParameterDeclaration().Matches(ReadSource()))
        {
            var attributes = match.Groups["attributes"].Value;
            var alias = AliasAttribute().Match(attributes);
            var aliases = alias.Success
                ? QuotedText().Matches(alias.Groups["list"].Value).Select(quoted => quoted.Groups[1].Value).ToArray()
                : [];
            parameters[match.Groups["name"].Value] = (attributes.Contains("ValueFromPipelineByPropertyName = true", StringComparison.Ordinal), aliases);
        }

        return parameters;
    }

    [GeneratedRegex(@"(?<attributes>(?:[ \t]*\[[^\r\n]*\]\r?\n)+)[ \t]*public [\w?\[\]]+ (?<name>\w+) \{ get; set; \}")]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"\[Alias\((?<list>[^)]*)\)\]")]
    private static partial Regex AliasAttribute();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedText();
}
