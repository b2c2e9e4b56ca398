using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// What New-IcuWorkout -PassThru writes per row. Plain values, so a job can Export-Csv the results; the
/// workout as created, the exception and the input row are reached through methods, which Export-Csv does not show.
/// </summary>
public sealed class IcuWorkoutResult
{
    private readonly IcuException? exception;
    private readonly object? source;
    private readonly IcuWorkout? workout;

    internal IcuWorkoutResult(WorkoutResultStatus status, WorkoutDraft draft, IcuWorkout? workout, IcuException? exception)
        : this(status, draft.AthleteId, draft.FolderId, draft.Name, exception, draft.Source, workout)
    {
    }

    internal IcuWorkoutResult(WorkoutResultStatus status, string? athleteId, int? folderId, string? name, IcuException? exception, object? source, IcuWorkout? workout = null)
    {
        Status = status;
        AthleteId = workout?.AthleteId ?? athleteId;
        FolderId = workout?.FolderId ?? folderId;
        Id = workout?.Id;
        Name = workout?.Name ?? name;
        Type = workout?.Type;
        MovingTime = workout?.MovingTime;
        IcuTrainingLoad = workout?.IcuTrainingLoad;
        this.exception = exception;
        this.source = source;
        this.workout = workout;
        Error = exception?.Message;
        ErrorId = exception?.ErrorId;
    }

    public WorkoutResultStatus Status { get; }

    public string? AthleteId { get; }

    /// <summary>The folder or plan the workout is (or was to be) in.</summary>
    public int? FolderId { get; }

    /// <summary>The new workout's id in the library.</summary>
    public int? Id { get; }

    public string? Name { get; }

    public string? Type { get; }

    /// <summary>Seconds, as the server computed them from the workout.</summary>
    public int? MovingTime { get; }

    /// <summary>The planned load, as the server computed it from the workout.</summary>
    public int? IcuTrainingLoad { get; }

    public string? Error { get; }

    public string? ErrorId { get; }

    public IcuException? GetException() => exception;

    public object? GetSource() => source;

    /// <summary>The workout as the server answered the write.</summary>
    public IcuWorkout? GetWorkout() => workout;

    public override string ToString() => $"{Name} {Status}";
}
