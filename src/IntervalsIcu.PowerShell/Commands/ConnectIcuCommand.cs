using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Resources;
using IntervalsIcu.PowerShell.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Connect-Icu: makes the runspace's default session. With no credential parameter it reads
/// INTERVALS_ICU_API_KEY, else prompts without echo when someone is there to answer, else fails
/// naming both ways to give a key.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Icu", DefaultParameterSetName = CredentialParameters.ApiKeySet)]
[OutputType(typeof(IcuSession))]
public sealed class ConnectIcuCommand : IcuCmdlet
{
    private static readonly IcuClientOptions DefaultOptions = new();

    /// <summary>The personal API key from Settings → Developer Settings.</summary>
    [Parameter(ParameterSetName = CredentialParameters.ApiKeySet, Position = 0)]
    [ValidateNotNull]
    public SecureString? ApiKey { get; set; }

    /// <summary>User name API_KEY, the key as password.</summary>
    [Parameter(ParameterSetName = CredentialParameters.CredentialSet, Mandatory = true)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>An OAuth access token (sent as Bearer).</summary>
    [Parameter(ParameterSetName = CredentialParameters.AccessTokenSet, Mandatory = true)]
    [ValidateNotNull]
    public SecureString? AccessToken { get; set; }

    /// <summary>0 (the key's own athlete, the default), i12345, or a coached athlete's id.</summary>
    [Parameter]
    public string? AthleteId { get; set; }

    /// <summary>
    /// The site root; https://intervals.icu unless you use the emulator or a proxy. A string that Core
    /// checks, not a [Uri]: PowerShell's own conversion error would echo the whole text, and a
    /// mistyped URI may hold API_KEY:&lt;key&gt;.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? BaseUri { get; set; }

    /// <summary>The overall limit of one request, retries and body included, in seconds (default 120).</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = (int)DefaultOptions.Retry.TotalTimeCap.TotalSeconds;

    /// <summary>The longest the server may fall silent in the middle of an answer, in seconds (default 30).</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int IdleTimeoutSec { get; set; } = (int)DefaultOptions.BodyIdleTimeout.TotalSeconds;

    /// <summary>Connect without the validating call (offline scripts, or to diagnose later).</summary>
    [Parameter]
    public SwitchParameter SkipValidation { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var input = CredentialParameters.FromParameters(ApiKey, Credential, AccessToken)
            ?? IcuCredentialInput.FromEnvironment()
            ?? Prompt();
        var settings = IcuConnectionSettings.Check(input, CredentialParameters.AthleteIdOrEnvironment(AthleteId), BaseUri);
        var options = ClientOptions();
        IcuSession session;
        try
        {
            session = Run((log, cancel) => IcuConnector.ConnectAsync(settings, SkipValidation, options, log, cancel));
        }
        catch (IcuException exception)
        {
            // No target object: the base URI as typed may hold a key.
            ThrowIcuError(exception, null);
            return;
        }

        // The previous default is not disposed: a script may still hold it from -PassThru (a coach with two athletes).
        DefaultSessionStore.Current = session;
        WriteVerbose(string.Format(System.Globalization.CultureInfo.CurrentCulture, CmdletMessages.Connected, session));
        if (PassThru)
        {
            WriteObject(session);
        }
    }

    /// <summary>The session's transport: the user's limits; an attempt may use the whole overall limit when it is longer than the default attempt.</summary>
    private IcuClientOptions ClientOptions()
    {
        var total = TimeSpan.FromSeconds(TimeoutSec);
        return DefaultOptions with
        {
            AttemptTimeout = total > DefaultOptions.AttemptTimeout ? total : DefaultOptions.AttemptTimeout,
            BodyIdleTimeout = TimeSpan.FromSeconds(IdleTimeoutSec),
            Retry = DefaultOptions.Retry with { TotalTimeCap = total },
        };
    }

    /// <summary>
    /// pwsh -NonInteractive (or an abbreviation such as -noni): its host refuses to read only after the prompt
    /// text was written, which then lands in a scheduled job's log before the error. PowerShell has no public
    /// flag for it, so the process's own arguments are read.
    /// </summary>
    private static bool StartedNonInteractive() =>
        Environment.GetCommandLineArgs().Skip(1)
            .Select(argument => argument.TrimStart('-', '/'))
            .Any(name => name.Length >= 4 && "noninteractive".StartsWith(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Asks for the key without echo, unless nobody can answer (scheduled task, CI, -NonInteractive).</summary>
    private IcuCredentialInput Prompt()
    {
        // Only the console host reads the process's stdin; other hosts (VS Code) prompt through their own UI.
        var stdinIsNotAPerson = Host.Name == "ConsoleHost" && Console.IsInputRedirected;
        if (stdinIsNotAPerson || !Environment.UserInteractive || (Host.Name == "ConsoleHost" && StartedNonInteractive()))
        {
            ThrowIcuError(IcuCredentialInput.Missing(), null);
        }

        SecureString typed;
        try
        {
            Host.UI.Write(CmdletMessages.KeyPrompt);
            typed = Host.UI.ReadLineAsSecureString();
        }
        catch (Exception exception) when (exception is PSInvalidOperationException or HostException or NotImplementedException)
        {
            // -NonInteractive hosts refuse to read.
            ThrowIcuError(IcuCredentialInput.Missing(), null);
            throw;
        }

        // Enter alone, or end of input: say how to give a key rather than "the key is empty".
        if (typed is null || typed.Length == 0)
        {
            ThrowIcuError(IcuCredentialInput.Missing(), null);
        }

        return IcuCredentialInput.FromPrompt(typed!);
    }
}
