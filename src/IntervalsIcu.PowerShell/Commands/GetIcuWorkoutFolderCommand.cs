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
public sealed class GetIcuWorkoutFolderCommand : IcuSessionCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Folder (a folder of workouts) or Plan (a training plan, whose workouts fall on its days).</summary>
    [Parameter]
    [ValidateSet("Folder", "Plan", IgnoreCase = true)]
    public string[]? Type { get; set; }

    /// <summary>A coached athlete's id; by property name, so athletes can be piped in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AthleteId { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var target = AthleteId ?? session.AthleteId;
        WriteSelected(
            Name,
            target,
            (log, cancel) => LibraryReader.ListFoldersAsync(session, AthleteId, log, cancel),
            folder => [folder.Name],
            folder => Type is not { Length: > 0 } || Type.Contains(folder.Type ?? string.Empty, StringComparer.OrdinalIgnoreCase),
            name => NotFound(name, target));
    }

    private static ErrorRecord NotFound(string name, string athleteId) =>
        NameNotFound(name, "IcuWorkoutFolderNotFound", string.Format(CultureInfo.CurrentCulture, LibraryCmdletMessages.FolderNotFound, name, athleteId), LibraryCmdletMessages.FixFolderNotFound);
}
