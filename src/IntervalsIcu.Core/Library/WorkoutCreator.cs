using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// New-IcuWorkout in Core: check the rows (nothing sent), then create the approved ones, one POST for a
/// single workout and bulk POSTs for several. Every row ends Created, Failed or Skipped (not approved), in
/// the order of the input.
/// </summary>
public static class WorkoutCreator
{
    /// <summary>Bulk requests hold at most this many workouts, so one refused request never holds a whole plan.</summary>
    public const int BatchSize = 50;

    public static WorkoutCreationPlan Plan(IcuSession session, IReadOnlyList<WorkoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rows);
        var drafts = new List<WorkoutDraft>();
        var rejected = new List<(int, IcuWorkoutResult)>();
        for (var order = 0; order < rows.Count; order++)
        {
            var (draft, error) = WorkoutRowParser.Parse(rows[order], order, session.AthleteId);
            if (draft is not null)
            {
                drafts.Add(draft);
            }
            else
            {
                rejected.Add((order, new IcuWorkoutResult(WorkoutResultStatus.Failed, rows[order].AthleteId ?? session.AthleteId, null, rows[order].Name, error, rows[order].Source)));
            }
        }

        return new WorkoutCreationPlan(drafts, rejected);
    }

    /// <summary>
    /// Sends the drafts whose order is in <paramref name="approved"/> (all when null). A set rather than a
    /// callback: the cmdlet asks ShouldProcess on the pipeline thread first.
    /// </summary>
    public static async Task<IReadOnlyList<IcuWorkoutResult>> CreateAsync(
        IcuSession session, WorkoutCreationPlan plan, IReadOnlySet<int>? approved, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var sending = plan.Drafts.Where(draft => approved?.Contains(draft.Order) ?? true).ToList();
        var sender = new WorkoutSender(session, log, cancellationToken);
        await sender.SendAsync(sending).ConfigureAwait(false);
        var skipped = plan.Drafts.Except(sending).Select(draft => (draft.Order, new IcuWorkoutResult(WorkoutResultStatus.Skipped, draft, null, null)));
        return plan.Rejected.Concat(sender.Results).Concat(skipped)
            .OrderBy(entry => entry.Item1)
            .Select(entry => entry.Item2)
            .ToList();
    }

    /// <summary>Check and create everything: for scripts and tests that need no confirmation.</summary>
    public static Task<IReadOnlyList<IcuWorkoutResult>> CreateAsync(IcuSession session, IReadOnlyList<WorkoutRow> rows, IIcuLog log, CancellationToken cancellationToken) =>
        CreateAsync(session, Plan(session, rows), null, log, cancellationToken);
}
