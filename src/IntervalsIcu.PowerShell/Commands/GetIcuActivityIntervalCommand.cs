using System.Management.Automation;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuActivityInterval: the intervals of activities as rows, one IcuInterval each with its
/// ActivityId, so the intervals of many activities make one tidy CSV. -Group writes the interval groups
/// instead. Ids are gathered from the pipeline and read 50 to a request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuActivityInterval")]
[OutputType(typeof(IcuInterval), typeof(IcuIntervalGroup))]
public sealed class GetIcuActivityIntervalCommand : IcuSessionCmdlet
{
    private readonly List<string> pendingIds = [];
    private readonly StravaStubTally stravaStubs = new();
    private IcuSession? session;

    /// <summary>Activity ids; bound by property name from Get-IcuActivity.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ActivityId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>The interval groups (similar intervals together) instead of the intervals.</summary>
    [Parameter]
    public SwitchParameter Group { get; set; }

    protected override void ProcessRecord()
    {
        session ??= ResolveSession();
        pendingIds.AddRange(Id ?? []);
        if (pendingIds.Count >= ActivityReader.IdsPerRequest)
        {
            Flush();
        }
    }

    protected override void EndProcessing()
    {
        Flush();
        if (stravaStubs.BuildWarning() is { } warning)
        {
            WriteWarning(warning);
        }
    }

    private void Flush()
    {
        if (pendingIds.Count == 0)
        {
            return;
        }

        var ids = pendingIds.ToList();
        pendingIds.Clear();
        IReadOnlyList<ActivityLookup<IcuActivity>> lookups;
        try
        {
            lookups = Run((log, cancel) => CollectAsync(ActivityReader.GetAsync(session!, ids, includeIntervals: true, [], stravaStubs, log, cancel)));
        }
        catch (IcuAuthenticationException exception)
        {
            ThrowIcuError(exception, ids);
            return;
        }
        catch (IcuException exception)
        {
            // One batch failing does not stop the ids still to come.
            WriteIcuError(exception, ids);
            return;
        }

        foreach (var lookup in lookups)
        {
            if (lookup.Activity is not { } activity)
            {
                WriteIcuError(IcuActivityException.NotFound(lookup.Id), lookup.Id);
                continue;
            }

            IEnumerable<object>? rows = Group ? activity.IntervalGroups : activity.Intervals;
            foreach (var row in rows ?? [])
            {
                WriteRecord(row);
            }
        }
    }
}
