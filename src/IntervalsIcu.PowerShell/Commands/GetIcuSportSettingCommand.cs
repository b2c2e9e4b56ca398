using System.Management.Automation;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.SportSettings;
using IntervalsIcu.PowerShell.Completers;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuSportSetting: each sport's thresholds and zones (FTP, LTHR, max HR, threshold pace), streamed;
/// -Type picks the settings that cover an activity type. A type without wildcards that no settings cover
/// is an error, as Get-Item's would be.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuSportSetting")]
[OutputType(typeof(IcuSportSettings))]
public sealed class GetIcuSportSettingCommand : IcuAthleteListCmdlet
{
    /// <summary>Activity types (Ride, Run...), wildcards allowed: settings covering any of them are written.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Type { get; set; }

    protected override void ProcessRecord()
    {
        WriteSelected(
            Type,
            SportSettingsClient.ListAsync,
            sport => sport.Types ?? (IEnumerable<string?>)[],
            _ => true,
            (type, athleteId) => ToErrorRecord(IcuSportSettingsException.NotFound(type, athleteId), type));
    }
}
