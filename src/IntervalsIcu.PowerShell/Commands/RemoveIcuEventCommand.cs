using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Remove-IcuEvent: removes events by id (pipeline), by ExternalId (only this credential's own, the
/// server's rule), or every event of some categories in a range; asks first (ConfirmImpact High) and
/// says how many were removed.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "IcuEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = IdSet)]
[OutputType(typeof(void))]
public sealed class RemoveIcuEventCommand : IcuAthleteCmdlet
{
    private const string IdSet = "Id";
    private const string ExternalIdSet = "ExternalId";
    private const string RangeSet = "Range";

    private readonly List<string> externalIds = [];
    private int removed;
    private IcuSession? session;

    [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("EventId")]
    public int[]? Id { get; set; }

    /// <summary>Your own keys of the events (those this credential created).</summary>
    [Parameter(ParameterSetName = ExternalIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("external_id")]
    [ValidateNotNullOrEmpty]
    public string[]? ExternalId { get; set; }

    /// <summary>The first local date (inclusive).</summary>
    [Parameter(ParameterSetName = RangeSet, Mandatory = true)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive); without it, every future event of the categories.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    public DateTime? Newest { get; set; }

    /// <summary>The categories to remove, e.g. WORKOUT, NOTE.</summary>
    [Parameter(ParameterSetName = RangeSet, Mandatory = true)]
    [ArgumentCompleter(typeof(EventCategoryCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Category { get; set; }


    protected override void BeginProcessing() => session = ResolveSession();

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                foreach (var id in Id ?? [])
                {
                    if (ShouldProcess(id.ToString(CultureInfo.InvariantCulture), EventCmdletMessages.RemoveAction))
                    {
                        ForOneInput(id, () =>
                        {
                            Run((log, cancel) => Done(EventCalendar.RemoveAsync(session!, id, log, cancel)));
                            removed++;
                        });
                    }
                }

                break;
            case ExternalIdSet:
                externalIds.AddRange(ExternalId ?? []);
                break;
        }
    }

    protected override void EndProcessing()
    {
        try
        {
            if (ParameterSetName == ExternalIdSet && externalIds.Count > 0
                && ShouldProcess(string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.RemoveExternalIdTarget, string.Join(", ", externalIds)), EventCmdletMessages.RemoveAction))
            {
                removed += Run((log, cancel) => EventCalendar.RemoveByExternalIdAsync(session!, externalIds, log, cancel));
            }
            else if (ParameterSetName == RangeSet)
            {
                RemoveRange();
            }
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, AthleteId);
        }

        WriteInformation(new HostInformationMessage { Message = string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.Removed, removed) }, ["PSHOST"]);
    }

    /// <summary>Counts the range's events first: the API's range delete answers no count.</summary>
    private void RemoveRange()
    {
        var categories = Category!.Select(category => EventCategories.Normalize(category) ?? category).ToList();
        var count = Run(async (log, cancel) =>
        {
            var found = 0;
            await foreach (var _ in EventCalendar.ListAsync(session!, Oldest, Newest ?? DateTime.MaxValue.Date, categories, false, log, cancel).ConfigureAwait(false))
            {
                found++;
            }

            return found;
        });
        var target = Newest is { } last
            ? string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.RemoveRangeTarget, count, string.Join(", ", categories), Oldest!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : string.Format(CultureInfo.CurrentCulture, EventCmdletMessages.RemoveRangeTargetOpen, count, string.Join(", ", categories), Oldest!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (count > 0 && ShouldProcess(target, EventCmdletMessages.RemoveAction))
        {
            Run((log, cancel) => Done(EventCalendar.RemoveRangeAsync(session!, Oldest!.Value, Newest, categories, log, cancel)));
            removed += count;
        }
    }

    private static async Task<bool> Done(Task work)
    {
        await work.ConfigureAwait(false);
        return true;
    }
}
