namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// A parsed workout: its blocks in order. Moving time is the sum of the step durations and the load is
/// the TSS formula, hours × IF² × 100 with IF = the step's % FTP / 100, summed over the steps with a target.
/// </summary>
internal sealed record Workout(IReadOnlyList<WorkoutBlock> Blocks)
{
    public bool IsEmpty => Blocks.Count == 0;

    public int MovingTime => Blocks.Sum(block => block.Seconds);

    public int Load => (int)Math.Round(Blocks.Sum(block => block.Reps * block.Steps.Sum(StepLoad)));

    /// <summary>Every step in the order it is ridden, repeats unrolled (what the trainer files hold).</summary>
    public IEnumerable<WorkoutStep> FlatSteps() =>
        Blocks.SelectMany(block => Enumerable.Repeat(block.Steps, block.Reps).SelectMany(steps => steps));

    private static double StepLoad(WorkoutStep step) =>
        step.AveragePercent is { } percent ? step.Seconds / 3600.0 * Math.Pow(percent / 100, 2) * 100 : 0;
}
