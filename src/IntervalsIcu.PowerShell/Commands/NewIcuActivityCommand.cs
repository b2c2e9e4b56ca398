using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// New-IcuActivity: manual activities (no file) from parameters or CSV rows, written in bulk; the API
/// upserts on ExternalId, so re-running a log never duplicates it. Writes each activity stored.
/// </summary>
[Cmdlet(VerbsCommon.New, "IcuActivity", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuActivity))]
public sealed class NewIcuActivityCommand : IcuRowCmdlet
{
    private readonly List<EventRow> rows = [];

    /// <summary>Perceived exertion, 1 to 10.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("IcuRpe", "icu_rpe")]
    public object? Rpe { get; set; }

    protected override void ProcessRecord()
    {
        var label = string.Join(' ', new[] { Convert.ToString(PlainValue(Date), CultureInfo.InvariantCulture), Type, Name, ExternalId }.Where(part => !string.IsNullOrEmpty(part)));
        if (!ShouldProcess(label, EventCmdletMessages.NewActivityAction))
        {
            return;
        }

        rows.Add(ReadRow() with { Rpe = PlainValue(Rpe) });
    }

    protected override void EndProcessing()
    {
        if (rows.Count == 0)
        {
            return;
        }

        var session = ResolveSession();
        IReadOnlyList<ManualActivityResult> results = [];
        try
        {
            results = Run((log, cancel) => ManualActivityWriter.WriteAsync(session, rows, EventUploadOptions.DefaultBatchSize, log, cancel));
        }
        catch (IcuException exception)
        {
            // Refused credentials concern every row.
            ThrowIcuError(exception, null);
        }

        for (var index = 0; index < results.Count; index++)
        {
            if (results[index].Error is { } error)
            {
                WriteIcuError(AthleteAccess.Explain(session, rows[index].AthleteId, error), results[index].Source ?? rows[index].ExternalId);
            }
            else if (results[index].Activity is { } activity)
            {
                WriteRecord(activity);
            }
        }
    }
}
