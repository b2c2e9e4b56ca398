using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.PowerShell.Completers;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuActivityStream: an activity's samples, one object per sample with a property per stream
/// (Time, Watts, HeartRate, Latitude, Longitude, ...), so Export-Csv writes a tidy table. -AsStream
/// writes the API's shape instead: one object per stream.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuActivityStream")]
[OutputType(typeof(PSObject), typeof(IcuActivityStream))]
public sealed class GetIcuActivityStreamCommand : IcuSessionCmdlet
{
    /// <summary>The activity's id; bound by property name from Get-IcuActivity.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    /// <summary>Stream types, e.g. watts,heartrate,latlng. Default: the server's set (watts then comes as raw_watts).</summary>
    [Parameter(Position = 1)]
    [ArgumentCompleter(typeof(ActivityStreamTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Type { get; set; }

    /// <summary>One object per stream, as the API sends them, instead of one per sample.</summary>
    [Parameter]
    public SwitchParameter AsStream { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        IReadOnlyList<IcuActivityStream> streams;
        try
        {
            var id = ActivityIds.Check(Id);
            streams = Run((log, cancel) => ActivityStreamReader.GetAsync(session, id, Type ?? [], log, cancel));
        }
        catch (IcuAuthenticationException exception)
        {
            ThrowIcuError(exception, Id);
            return;
        }
        catch (IcuException exception)
        {
            // A Strava activity (422) or an unknown id does not stop the others piped in.
            WriteIcuError(exception, Id);
            return;
        }

        if (AsStream)
        {
            foreach (var stream in streams)
            {
                WriteObject(stream);
            }

            return;
        }

        var table = ActivityStreamTable.From(streams);
        foreach (var values in table.Rows())
        {
            var row = new PSObject();
            for (var column = 0; column < values.Length; column++)
            {
                row.Properties.Add(new PSNoteProperty(table.Columns[column], values[column]));
            }

            WriteObject(row);
        }
    }
}
