namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// One step of a structured workout: a duration and a power target in % of FTP, constant when
/// <see cref="StartPercent"/> equals <see cref="EndPercent"/>, a ramp otherwise; no target (free ride) is null.
/// </summary>
internal sealed record WorkoutStep(int Seconds, double? StartPercent, double? EndPercent)
{
    public bool IsRamp => StartPercent is { } start && EndPercent is { } end && start != end;

    /// <summary>The average target, used for load: the mean of a ramp's ends.</summary>
    public double? AveragePercent => StartPercent is { } start && EndPercent is { } end ? (start + end) / 2 : StartPercent;
}
