namespace IntervalsIcu.Core.Library;

/// <summary>The workout library's ErrorIds: public contract, scripts match on them.</summary>
public static class LibraryErrorIds
{
    /// <summary>No workout with that id in the athlete's library.</summary>
    public const string WorkoutNotFound = "IcuWorkoutNotFound";

    /// <summary>A workout row that cannot be read (no folder, no name, a bad file); nothing of it was sent.</summary>
    public const string InvalidWorkoutRow = "IcuWorkoutInvalidRow";

    /// <summary>The request creating the workout failed; it was not repeated.</summary>
    public const string CreateFailed = "IcuWorkoutCreateFailed";
}
