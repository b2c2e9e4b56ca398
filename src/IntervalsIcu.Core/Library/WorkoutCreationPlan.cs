namespace IntervalsIcu.Core.Library;

/// <summary>The rows New-IcuWorkout received, checked: the drafts to send, and the rows that failed before anything was sent.</summary>
public sealed class WorkoutCreationPlan
{
    internal WorkoutCreationPlan(IReadOnlyList<WorkoutDraft> drafts, IReadOnlyList<(int Order, IcuWorkoutResult Result)> rejected)
    {
        Drafts = drafts;
        Rejected = rejected;
    }

    public IReadOnlyList<WorkoutDraft> Drafts { get; }

    internal IReadOnlyList<(int Order, IcuWorkoutResult Result)> Rejected { get; }
}
