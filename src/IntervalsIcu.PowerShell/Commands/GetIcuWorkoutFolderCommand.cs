using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Library;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuWorkoutFolder: the folders and plans of the athlete's workout library, each with its workouts
/// (Children), streamed; -Name (wildcards) and -Type pick some. A name without wildcards that matches
/// nothing is an error, as Get-Item's would be. A folder pipes into Get-IcuWorkout and New-IcuWorkout.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuWorkoutFolder")]
[OutputType(typeof(IcuFolder))]
public sealed class GetIcuWorkoutFolderCommand : IcuAthleteListCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Folder (a folder of workouts) or Plan (a training plan, whose workouts fall on its days).</summary>
    [Parameter]
    [ValidateSet("Folder", "Plan", IgnoreCase = true)]
    public string[]? Type { get; set; }

    protected override void ProcessRecord()
    {
        WriteSelected(
            Name,
            LibraryReader.ListFoldersAsync,
            folder => [folder.Name],
            folder => Type is not { Length: > 0 } || Type.Contains(folder.Type ?? string.Empty, StringComparer.OrdinalIgnoreCase),
            NotFound);
    }

    private static ErrorRecord NotFound(string name, string athleteId) =>
        NameNotFound(name, "IcuWorkoutFolderNotFound", string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.FolderNotFound, name, athleteId), LibraryCmdletMessages.FixFolderNotFound);
}
