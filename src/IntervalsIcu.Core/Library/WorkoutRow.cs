namespace IntervalsIcu.Core.Library;

/// <summary>
/// One workout to create in the library, as New-IcuWorkout received it (parameters, a CSV row, an object):
/// values are kept as given and read culture-invariantly by <see cref="WorkoutRowParser"/>. Null means "not given".
/// </summary>
public sealed record WorkoutRow
{
    /// <summary>Routes the row to a coached athlete's library; null is the session's athlete.</summary>
    public string? AthleteId { get; init; }

    /// <summary>The folder or plan to put the workout in (an int, or its text).</summary>
    public object? FolderId { get; init; }

    /// <summary>The workout's name; from a file without one, the file's name without its extension.</summary>
    public string? Name { get; init; }

    /// <summary>The sport: Ride, Run, Swim, ...</summary>
    public string? Type { get; init; }

    /// <summary>Intervals.icu workout text, e.g. "- 10m 60%".</summary>
    public string? Description { get; init; }

    /// <summary>A .zwo, .mrc, .erg or .fit file whose contents are sent as the workout.</summary>
    public string? File { get; init; }

    public object? Indoor { get; init; }

    /// <summary>For a plan: the day of the plan (0 is its first day) the workout falls on.</summary>
    public object? Day { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The pipeline object the row came from, kept as the target of its error.</summary>
    public object? Source { get; init; }
}
