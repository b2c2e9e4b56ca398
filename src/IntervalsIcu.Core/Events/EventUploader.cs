using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// New-/Set-IcuEvent in Core: plan (read, check, diff, find what -Prune removes; nothing written), then
/// send what the caller approves. Every row ends Created, Updated, Unchanged, Failed or Skipped (not
/// approved), and every pruned event Removed or Failed.
/// </summary>
public static class EventUploader
{
    public static Task<EventPlan> PlanAsync(IcuSession session, IReadOnlyList<EventRow> rows, EventUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return EventPlanner.PlanAsync(session, rows, options, log, cancellationToken);
    }

    /// <summary>
    /// Sends the writes whose order is in <paramref name="approvedWrites"/> and the removals in
    /// <paramref name="approvedRemovals"/> (all when null). Sets rather than callbacks: the cmdlet asks
    /// ShouldProcess on the pipeline thread first.
    /// </summary>
    public static async Task<EventUploadReport> SendAsync(
        IcuSession session, EventPlan plan, IReadOnlySet<int>? approvedWrites, IReadOnlySet<int>? approvedRemovals, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var writes = plan.Writes.Where(write => approvedWrites?.Contains(write.Order) ?? true).ToList();
        var removals = plan.Removals.Where(removal => approvedRemovals?.Contains(removal.Id) ?? true).ToList();
        var sender = new EventSender(session, plan.Options, log, cancellationToken);
        await sender.SendAsync(writes, removals).ConfigureAwait(false);

        var skipped = plan.Writes.Except(writes).Select(write => (Order: write.Order, Result: new IcuEventResult(
            EventResultStatus.Skipped, write.AthleteId, write.ExistingId, write.Draft.Start == default ? null : write.Draft.Start,
            write.Draft.Body["name"]?.GetValue<string>(), write.Draft.ExternalId, write.Changes, null, write.Draft.Source)));
        var results = plan.Settled.Concat(sender.Results).Concat(skipped)
            .OrderBy(entry => entry.Order)
            .Select(entry => entry.Result)
            .ToList();
        var report = new EventUploadReport(results, plan.ReadRequests, sender.Requests);
        log.Verbose(report.Summary);
        return report;
    }

    /// <summary>Plan and send everything: for scripts and tests that need no confirmation.</summary>
    public static async Task<EventUploadReport> UploadAsync(IcuSession session, IReadOnlyList<EventRow> rows, EventUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(session, rows, options, log, cancellationToken).ConfigureAwait(false);
        return await SendAsync(session, plan, null, null, log, cancellationToken).ConfigureAwait(false);
    }
}
