using IntervalsIcu.HelpGenerator;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>The design's rules for every cmdlet, checked on the compiled attributes.</summary>
public sealed class CmdletConventionTests
{
    private const string SwitchType = "System.Management.Automation.SwitchParameter";

    // Parameter types that keep a secret out of plain strings (a switch carries no secret).
    private static readonly string[] SecretSafeTypes =
        ["System.Security.SecureString", "System.Management.Automation.PSCredential", SwitchType];

    // A parameter whose name ends like this holds a secret: ApiKey, AccessToken, Password, ClientSecret.
    // Names that only mention one, such as SecretName or KeyFingerprint, end otherwise.
    private static readonly string[] SecretNameEndings = ["Key", "Token", "Password", "Secret"];

    [Fact]
    public void The_module_compiles_cmdlets()
    {
        Assert.NotEmpty(ModuleLayout.Cmdlets);
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb()
    {
        Assert.Empty(ModuleLayout.Cmdlets.Where(c => !ApprovedVerbs.All.Contains(c.Verb)).Select(c => c.Name));
    }

    [Fact]
    public void Every_cmdlet_noun_carries_the_Icu_prefix()
    {
        Assert.Empty(ModuleLayout.Cmdlets.Where(c => !c.Noun.StartsWith("Icu", StringComparison.Ordinal)).Select(c => c.Name));
    }

    [Fact]
    public void Every_cmdlet_declares_OutputType()
    {
        Assert.Empty(ModuleLayout.Cmdlets.Where(c => c.OutputTypes.Count == 0).Select(c => c.Name));
    }

    [Fact]
    public void Every_cmdlet_whose_verb_changes_data_supports_ShouldProcess()
    {
        var missing = ModuleLayout.Cmdlets
            .Where(c => ApprovedVerbs.ChangeData.Contains(c.Verb) && !c.SupportsShouldProcess)
            .Select(c => c.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_Remove_cmdlet_asks_for_confirmation_with_ConfirmImpact_High()
    {
        var missing = ModuleLayout.Cmdlets
            .Where(c => c.Verb == "Remove" && c.ConfirmImpact != "High")
            .Select(c => $"{c.Name} (ConfirmImpact {c.ConfirmImpact})");

        Assert.Empty(missing);
    }

    [Fact]
    public void No_parameter_named_like_a_secret_takes_a_plain_string()
    {
        var offenders =
            from cmdlet in ModuleLayout.Cmdlets
            from parameter in cmdlet.Parameters.Concat(cmdlet.Parameters.SelectMany(AliasesAsParameters))
            where SecretNameEndings.Any(e => parameter.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            where !SecretSafeTypes.Contains(parameter.TypeName.TrimEnd('[', ']'))
            select $"{cmdlet.Name} -{parameter.Name} is {parameter.TypeName}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void Secret_parameters_of_Connect_Icu_are_SecureString_or_PSCredential()
    {
        // The rule above would pass vacuously if the parameters were renamed; pin the ones that exist.
        var connect = Assert.Single(ModuleLayout.Cmdlets, c => c.Name == "Connect-Icu");

        Assert.Equal("System.Security.SecureString", connect.Parameters.Single(p => p.Name == "ApiKey").TypeName);
        Assert.Equal("System.Security.SecureString", connect.Parameters.Single(p => p.Name == "AccessToken").TypeName);
        Assert.Equal("System.Management.Automation.PSCredential", connect.Parameters.Single(p => p.Name == "Credential").TypeName);
    }

    // An alias such as -Key on a string parameter would hand the secret over as plain text just the same.
    private static IEnumerable<ParameterMetadata> AliasesAsParameters(ParameterMetadata parameter) =>
        parameter.Aliases.Select(alias => parameter with { Name = alias });
}
