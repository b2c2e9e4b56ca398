using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuWorkout: the workouts of the athlete's library, streamed, with their sport, moving time, load,
/// folder and workout text. -FolderId (by property name, so folders from Get-IcuWorkoutFolder pipe in) and
/// -Name (wildcards) pick some of the list; -Id reads workouts one by one. A name without wildcards that
/// matches nothing, or an id the library does not hold, is an error.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuWorkout", DefaultParameterSetName = ListSet)]
[OutputType(typeof(IcuWorkout))]
public sealed class GetIcuWorkoutCommand : IcuAthleteListCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Only the workouts of these folders or plans; a folder's FolderId binds by property name.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [Alias("folder_id")]
    [ValidateNotNullOrEmpty]
    public int[]? FolderId { get; set; }

    /// <summary>Workout ids; each is read on its own (showWorkout). Not bound from the pipeline, where a folder's Id is not a workout's.</summary>
    [Parameter(ParameterSetName = IdSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public int[] Id { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet)
        {
            var session = ResolveSession();
            foreach (var id in Id)
            {
                ForOneInput(id, () => WriteRecord(Run((log, cancel) => LibraryReader.GetWorkoutAsync(session, AthleteId, id, log, cancel))));
            }

            return;
        }

        WriteSelected(
            Name,
            LibraryReader.ListWorkoutsAsync,
            workout => [workout.Name],
            workout => FolderId is not { Length: > 0 } || (workout.FolderId is { } folder && FolderId.Contains(folder)),
            NotFound);
    }

    private ErrorRecord NotFound(string name, string athleteId)
    {
        var message = FolderId is { Length: > 0 }
            ? string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.WorkoutNotFoundInFolder, name, athleteId, string.Join(", ", FolderId))
            : string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.WorkoutNotFound, name, athleteId);
        return NameNotFound(name, LibraryErrorIds.WorkoutNotFound, message, LibraryCmdletMessages.FixWorkoutNotFound);
    }
}
