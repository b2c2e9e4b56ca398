namespace IntervalsIcu.Core.Library;

/// <summary>How one workout row ended.</summary>
public enum WorkoutResultStatus
{
    Created,

    /// <summary>Not created; <see cref="IcuWorkoutResult.Error"/> says why.</summary>
    Failed,

    /// <summary>-WhatIf or a declined -Confirm: nothing was sent for it.</summary>
    Skipped,
}
