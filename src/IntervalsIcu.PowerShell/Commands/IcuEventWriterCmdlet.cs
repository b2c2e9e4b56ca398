using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuEvent and Set-IcuEvent: rows from parameters or the pipeline (Import-Csv, ConvertFrom-Json,
/// Get-IcuEvent) are collected, then handed to Core at once, which reads the calendar and diffs. Each
/// write is asked with ShouldProcess and its field diff (-WhatIf prints it and writes nothing), then the
/// approved ones go in bulk. A row with an ExternalId is an upsert whatever the cmdlet. Each failed row
/// is one error with the row as its target, so $? tells the truth.
/// </summary>
public abstract class IcuEventWriterCmdlet : IcuRowCmdlet
{
    private readonly List<EventRow> rows = [];
    private IcuSession? session;

    /// <summary>WORKOUT (default for new events), NOTE, RACE_A, RACE_B, RACE_C, HOLIDAY, SICK, INJURED, ...</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(EventCategoryCompleter))]
    public string? Category { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Indoor { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Color { get; set; }

    /// <summary>A .zwo, .mrc, .erg or .fit workout file, sent as its contents.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("WorkoutFile")]
    public string? File { get; set; }

    /// <summary>Write one IcuEventResult per row (and per pruned event).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The event id of an existing event to change (Set-IcuEvent only).</summary>
    protected virtual object? EventId => null;

    protected virtual bool PruneRequested => false;

    protected override void BeginProcessing() => session = ResolveSession();

    protected override void ProcessRecord()
    {
        rows.Add(ReadRow() with
        {
            Id = PlainValue(EventId),
            Category = Category,
            Indoor = PlainValue(Indoor),
            Color = Color,
            File = string.IsNullOrWhiteSpace(File) ? null : GetUnresolvedProviderPathFromPSPath(File),
        });
    }

    protected override void EndProcessing()
    {
        EventPlan plan;
        try
        {
            plan = Run((log, cancel) => EventUploader.PlanAsync(session!, rows, new EventUploadOptions { Prune = PruneRequested }, log, cancel));
        }
        catch (IcuException exception)
        {
            // Only what concerns every row ends here: refused credentials, -Prune without a plan prefix.
            ThrowIcuError(exception, null);
            return;
        }

        var approvedWrites = new HashSet<int>();
        foreach (var write in plan.Writes)
        {
            var description = string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.WriteDescription, write.Status, write.Label, write.DiffText);
            var warning = string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.WriteWarning, write.Status, write.Label, write.DiffText);
            if (ShouldProcess(description, warning, EventCmdletMessages.WriteCaption))
            {
                approvedWrites.Add(write.Order);
            }
        }

        var approvedRemovals = new HashSet<int>();
        foreach (var removal in plan.Removals)
        {
            if (ShouldProcess(
                string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.PruneDescription, removal.Label),
                string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.PruneWarning, removal.Label),
                EventCmdletMessages.WriteCaption))
            {
                approvedRemovals.Add(removal.Id);
            }
        }

        var report = Run((log, cancel) => EventUploader.SendAsync(session!, plan, approvedWrites, approvedRemovals, log, cancel));
        foreach (var result in report.Results)
        {
            if (result.GetException() is { } error)
            {
                WriteIcuError(AthleteAccess.Explain(session!, result.AthleteId, error), result.GetSource() ?? result.ExternalId ?? (object?)result.Id);
            }

            if (PassThru)
            {
                WriteObject(result);
            }
        }
    }
}
