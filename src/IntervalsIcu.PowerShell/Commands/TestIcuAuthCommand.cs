using System.Management.Automation;
using System.Security;
using IntervalsIcu.Core.Diagnostics;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Test-IcuAuth: the authentication doctor. On the current session, or on explicit credentials
/// without connecting; one object per check, or with -Quiet only $true/$false.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "IcuAuth", DefaultParameterSetName = SessionSet)]
[OutputType(typeof(IcuAuthCheck), typeof(bool))]
public sealed class TestIcuAuthCommand : IcuCmdlet
{
    private const string SessionSet = "Session";

    [Parameter(ParameterSetName = SessionSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public IcuSession? Session { get; set; }

    [Parameter(ParameterSetName = CredentialParameters.ApiKeySet, Mandatory = true)]
    [ValidateNotNull]
    public SecureString? ApiKey { get; set; }

    [Parameter(ParameterSetName = CredentialParameters.CredentialSet, Mandatory = true)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    [Parameter(ParameterSetName = CredentialParameters.AccessTokenSet, Mandatory = true)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    [Parameter(ParameterSetName = CredentialParameters.ApiKeySet)]
    [Parameter(ParameterSetName = CredentialParameters.CredentialSet)]
    [Parameter(ParameterSetName = CredentialParameters.AccessTokenSet)]
    public string? AthleteId { get; set; }

    [Parameter(ParameterSetName = CredentialParameters.ApiKeySet)]
    [Parameter(ParameterSetName = CredentialParameters.CredentialSet)]
    [Parameter(ParameterSetName = CredentialParameters.AccessTokenSet)]
    [ValidateNotNullOrEmpty]
    public string? BaseUri { get; set; }

    /// <summary>Return only $true (nothing failed) or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void ProcessRecord()
    {
        var session = ParameterSetName == SessionSet ? Session ?? DefaultSessionStore.Current : null;
        var checks = session is not null
            ? Run((log, cancel) => AuthDiagnostics.RunAsync(session, log, cancel))
            : Run((log, cancel) => AuthDiagnostics.RunAsync(ExplicitOrEnvironmentSettings(), options: null, log, cancel));

        if (Quiet)
        {
            WriteObject(AuthDiagnostics.Passed(checks));
            return;
        }

        foreach (var check in checks)
        {
            WriteObject(check);
        }
    }

    /// <summary>Explicit parameters; with none and no session, INTERVALS_ICU_API_KEY (what a scheduled job would use).</summary>
    private IcuConnectionSettings ExplicitOrEnvironmentSettings() =>
        IcuConnectionSettings.Check(
            CredentialParameters.FromParameters(ApiKey, Credential, AccessToken) ?? IcuCredentialInput.FromEnvironment(),
            CredentialParameters.AthleteIdOrEnvironment(AthleteId),
            BaseUri);
}
