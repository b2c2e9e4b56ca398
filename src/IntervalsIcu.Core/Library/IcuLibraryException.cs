using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// A failure of the workout library; <see cref="ErrorId"/> is one of <see cref="LibraryErrorIds"/>. When a
/// request failed, the cause (with its own status and fix) is the inner exception.
/// </summary>
public sealed class IcuLibraryException : IcuException
{
    internal IcuLibraryException(string errorId, IcuErrorCategory category, string message, string fixHint, Exception? innerException = null)
        : base(message, fixHint, innerException)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }

    public static IcuLibraryException WorkoutNotFound(int workoutId, string athleteId, Exception? innerException = null) => new(
        LibraryErrorIds.WorkoutNotFound, IcuErrorCategory.ObjectNotFound,
        string.Format(CultureInfo.InvariantCulture, LibraryMessages.WorkoutNotFound, workoutId, athleteId), LibraryMessages.FixWorkoutNotFound, innerException);
}
