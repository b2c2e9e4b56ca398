using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Set-IcuWellness in Core: plan (read, check, diff; nothing written), then send the dates the caller
/// approves. Every row ends as Sent, Unchanged, SkippedLocked, Invalid or Failed, and the summary is
/// logged as verbose whatever happened.
/// </summary>
public static class WellnessUploader
{
    /// <summary>Reads and checks the rows and the server's current values; writes nothing.</summary>
    public static Task<WellnessPlan> PlanAsync(IcuSession session, IReadOnlyList<WellnessRow> rows, WellnessUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        return WellnessPlanner.PlanAsync(session, rows, options, log, cancellationToken);
    }

    /// <summary>
    /// Sends the plan's writes whose dates are in <paramref name="approvedDates"/> (all when null); the
    /// others are counted as not confirmed and get no result. A set rather than a callback: the cmdlet
    /// asks ShouldProcess on the pipeline thread before sending, never from the sending thread.
    /// </summary>
    public static async Task<WellnessUploadReport> SendAsync(IcuSession session, WellnessPlan plan, IReadOnlySet<DateOnly>? approvedDates, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var toSend = plan.Writes.Where(write => approvedDates?.Contains(write.Date) ?? true).ToList();
        var sender = new WellnessSender(session, plan.Options, log, cancellationToken);
        await sender.SendAsync(toSend).ConfigureAwait(false);

        var results = plan.Settled.Concat(sender.Results)
            .OrderBy(entry => entry.Order)
            .Select(entry => entry.Result)
            .ToList();
        var report = new WellnessUploadReport(results, plan.ReadRequests, sender.Requests, plan.Writes.Count - toSend.Count);
        log.Verbose(report.Summary);
        return report;
    }

    /// <summary>Plan and send everything: for scripts and tests that need no confirmation.</summary>
    public static async Task<WellnessUploadReport> UploadAsync(IcuSession session, IReadOnlyList<WellnessRow> rows, WellnessUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(session, rows, options, log, cancellationToken).ConfigureAwait(false);
        return await SendAsync(session, plan, null, log, cancellationToken).ConfigureAwait(false);
    }
}
