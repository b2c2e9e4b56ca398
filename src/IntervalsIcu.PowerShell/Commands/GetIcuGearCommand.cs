using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Gear;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuGear: the athlete's bikes, shoes and components with distance, time, activities and
/// reminders, streamed; -Name (wildcards) and -Type pick some. A name without wildcards that matches
/// nothing is an error, as Get-Item's would be.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuGear")]
[OutputType(typeof(IcuGear))]
public sealed class GetIcuGearCommand : IcuAthleteListCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(GearTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Type { get; set; }

    protected override void ProcessRecord()
    {
        WriteSelected(
            Name,
            GearReader.ListAsync,
            item => [item.Name ?? string.Empty],
            item => Type is not { Length: > 0 } || Type.Contains(item.Type ?? string.Empty, StringComparer.OrdinalIgnoreCase),
            NotFound);
    }

    private static ErrorRecord NotFound(string name, string athleteId) =>
        NameNotFound(name, "IcuGearNotFound", string.Format(CultureInfo.CurrentCulture, GearCmdletMessages.GearNotFound, name, athleteId), GearCmdletMessages.FixGearNotFound);
}
