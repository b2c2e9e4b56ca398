using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Requests;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Json;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Invoke-IcuRequest: any operation of the API, by operationId or by method and path, with the session,
/// retries, errors and redaction every other cmdlet has. The request is checked against the spec's
/// operation table before anything is sent.
/// </summary>
/// <remarks>
/// ConfirmImpact is Medium, so PUT and POST run without a prompt at the default $ConfirmPreference (High)
/// and honour -WhatIf and -Confirm. A DELETE asks as a High-impact cmdlet does: at $ConfirmPreference High
/// it asks once more after ShouldProcess; -Confirm:$false (or $ConfirmPreference None) sends it without asking.
/// </remarks>
[Cmdlet(VerbsLifecycle.Invoke, "IcuRequest", DefaultParameterSetName = OperationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(PSObject), typeof(string), typeof(FileInfo))]
public sealed class InvokeIcuRequestCommand : IcuSessionCmdlet
{
    private const string OperationSet = "Operation";
    private const string PathSet = "Path";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = OperationSet)]
    [ArgumentCompleter(typeof(OperationIdCompleter))]
    [Alias("OperationId")]
    [ValidateNotNullOrEmpty]
    public string? Operation { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [ValidateSet("GET", "PUT", "POST", "DELETE", IgnoreCase = true)]
    public string? Method { get; set; }

    // Position 0 like -Operation: -Method is named, and so chooses this set before positions are bound.
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AthleteId { get; set; }

    [Parameter]
    [ValidateNotNull]
    public Hashtable? PathParameter { get; set; }

    [Parameter]
    [ValidateNotNull]
    public Hashtable? Query { get; set; }

    [Parameter]
    [ValidateNotNull]
    public object? Body { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? InFile { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutFile { get; set; }

    [Parameter]
    public SwitchParameter Raw { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var input = new IcuRequestInput
        {
            OperationId = Operation,
            Method = Method?.ToUpperInvariant(),
            Path = Path,
            AthleteId = AthleteId,
            PathParameters = PowerShellToPlain.Entries(PathParameter),
            Query = PowerShellToPlain.Entries(Query),
            Body = PowerShellToPlain.Convert(Body),
            InFile = InFile is null ? null : GetUnresolvedProviderPathFromPSPath(InFile),
            OutFile = OutFile is null ? null : GetUnresolvedProviderPathFromPSPath(OutFile),
        };

        IcuPreparedRequest prepared;
        try
        {
            prepared = Run((log, _) => Task.FromResult(IcuRequestPreparer.Prepare(input, session.AthleteId, log)));
        }
        catch (IcuException exception)
        {
            // Nothing was sent: a request the spec does not allow is a bad parameter combination.
            ThrowIcuError(exception, Operation ?? Path);
            return;
        }

        if (!ShouldSend(prepared))
        {
            return;
        }

        ForOneInput(prepared.Target, () => WriteStream((log, cancel) => ForPowerShell(IcuRequestInvoker.InvokeAsync(session, prepared, Raw.IsPresent, log, cancel))));
    }

    /// <summary>GET never asks; PUT and POST ask only for -Confirm or -WhatIf; DELETE asks by default (see the class remarks).</summary>
    private bool ShouldSend(IcuPreparedRequest prepared)
    {
        var method = prepared.Operation.Method;
        if (method == "GET")
        {
            return true;
        }

        if (!ShouldProcess(prepared.Target, prepared.Operation.OperationId))
        {
            return false;
        }

        if (method != "DELETE" || MyInvocation.BoundParameters.ContainsKey("Confirm"))
        {
            return true;
        }

        // Below High, ShouldProcess has just asked already (this cmdlet is Medium); at None nobody is asked.
        // Set in a script scope, $ConfirmPreference may be a plain string ('None'): convert as the engine does.
        var preference = LanguagePrimitives.TryConvertTo<ConfirmImpact>(GetVariableValue("ConfirmPreference"), CultureInfo.InvariantCulture, out var value)
            ? value
            : ConfirmImpact.High;
        return preference != ConfirmImpact.High
            || ShouldContinue(
                string.Format(CultureInfo.CurrentCulture, RequestCmdletMessages.DeleteQuery, prepared.Operation.OperationId, prepared.Target),
                RequestCmdletMessages.DeleteCaption);
    }

    private static async IAsyncEnumerable<object?> ForPowerShell(IAsyncEnumerable<object> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item is JsonElement element ? JsonToPowerShell.Convert(element) : item;
        }
    }
}
