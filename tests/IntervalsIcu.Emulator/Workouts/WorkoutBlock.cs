namespace IntervalsIcu.Emulator.Workouts;

/// <summary>Steps done <see cref="Reps"/> times in a row: one step with Reps 1, or a repeat set such as <c>3x</c>.</summary>
internal sealed record WorkoutBlock(int Reps, IReadOnlyList<WorkoutStep> Steps)
{
    public int Seconds => Reps * Steps.Sum(step => step.Seconds);
}
