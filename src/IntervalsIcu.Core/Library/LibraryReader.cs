using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// Reads an athlete's workout library (api-facts §5.5): the folders and plans, each with its workouts as
/// children, and the workouts themselves. There is no GET for one folder's workouts (it answers 405,
/// api-forum-facts §3): the whole list is read and filtered by <c>folder_id</c>.
/// </summary>
public static class LibraryReader
{
    /// <summary>GET /athlete/{id}/folders, streamed. The id is checked first.</summary>
    public static IAsyncEnumerable<IcuFolder> ListFoldersAsync(IcuSession session, string? athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Client.StreamJsonArrayAsync(IcuRequest.Get(LibraryPath(session, athleteId, "folders")), IcuModelJsonContext.Default.IcuFolder, log, cancellationToken);
    }

    /// <summary>GET /athlete/{id}/workouts, streamed: the whole library, each workout with its <c>folder_id</c>.</summary>
    public static IAsyncEnumerable<IcuWorkout> ListWorkoutsAsync(IcuSession session, string? athleteId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Client.StreamJsonArrayAsync(IcuRequest.Get(LibraryPath(session, athleteId, "workouts")), IcuModelJsonContext.Default.IcuWorkout, log, cancellationToken);
    }

    /// <summary>GET /athlete/{id}/workouts/{workoutId}; an id the library does not hold is <see cref="LibraryErrorIds.WorkoutNotFound"/>.</summary>
    public static async Task<IcuWorkout> GetWorkoutAsync(IcuSession session, string? athleteId, int workoutId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var request = IcuRequest.Get(LibraryPath(session, athleteId, "workouts", workoutId.ToString(CultureInfo.InvariantCulture)));
        try
        {
            return await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuWorkout, log, cancellationToken).ConfigureAwait(false);
        }
        catch (IcuNotFoundException notFound)
        {
            throw IcuLibraryException.WorkoutNotFound(workoutId, athleteId ?? session.AthleteId, notFound);
        }
    }

    internal static string LibraryPath(IcuSession session, string? athleteId, params string[] rest)
    {
        var id = athleteId is null ? session.AthleteId : AthleteId.Check(athleteId).GetValueOrThrow();
        return IcuRequest.ApiPath(["athlete", id, .. rest]);
    }
}
