using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.PowerShell.Completers;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuActivityStream: an activity's samples, one object per sample with its ActivityId and a property per
/// stream (Time, Watts, HeartRate, Latitude, Longitude, ...), so Export-Csv writes a tidy table; the rows of
/// several activities share one set of columns. -AsStream writes the API's shape instead: one object per stream.
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

    /// <summary>Asks for -Type values the module does not know (custom streams, streams newer than the module) instead of refusing them.</summary>
    [Parameter]
    public SwitchParameter AllowUnknownType { get; set; }

    /// <summary>One object per stream, as the API sends them, instead of one per sample.</summary>
    [Parameter]
    public SwitchParameter AsStream { get; set; }

    private readonly List<(string Id, ActivityStreamTable Table)> pending = [];
    private IReadOnlyList<string> types = [];

    protected override void BeginProcessing()
    {
        try
        {
            types = ActivityTypeNames.StreamTypes(Type ?? [], AllowUnknownType);
        }
        catch (IcuActivityException exception)
        {
            ThrowIcuError(exception, Type);
        }
    }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        IReadOnlyList<IcuActivityStream> streams;
        string id;
        try
        {
            id = ActivityIds.Check(Id);
            // Rows are per sample: with asked-for types, time comes too so every row says when it was.
            var wanted = types.Count > 0 && !AsStream ? types.Prepend("time").Distinct(StringComparer.Ordinal).ToList() : types;
            streams = Run((log, cancel) => ActivityStreamReader.GetAsync(session, id, wanted, log, cancel));
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
        if (types.Count > 0 || !MyInvocation.ExpectingInput)
        {
            // Fixed columns (the asked-for types) or a single activity: rows go out as they are read.
            WriteRows(id, table, types.Count > 0 ? ActivityStreamTable.ColumnsOf(types) : table.Columns);
        }
        else
        {
            // Piped activities without -Type: held until the last, so every row has the union of their columns.
            pending.Add((id, table));
        }
    }

    protected override void EndProcessing()
    {
        var columns = ActivityStreamTable.Union(pending.Select(entry => entry.Table));
        foreach (var (id, table) in pending)
        {
            WriteRows(id, table, columns);
        }
    }

    /// <summary>One object per sample: ActivityId (so rows pipe on by property name), then the columns.</summary>
    private void WriteRows(string id, ActivityStreamTable table, IReadOnlyList<string> columns)
    {
        for (var index = 0; index < table.RowCount; index++)
        {
            var values = table.Row(index, columns);
            var row = new PSObject();
            row.Properties.Add(new PSNoteProperty("ActivityId", id));
            for (var column = 0; column < values.Length; column++)
            {
                row.Properties.Add(new PSNoteProperty(columns[column], values[column]));
            }

            WriteObject(row);
        }
    }
}
