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
public sealed class GetIcuSportSettingCommand : IcuSessionCmdlet
{
    /// <summary>Activity types (Ride, Run...), wildcards allowed: settings covering any of them are written.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
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
            Type,
            target,
            (log, cancel) => SportSettingsClient.ListAsync(session, AthleteId, log, cancel),
            sport => sport.Types ?? (IEnumerable<string?>)[],
            _ => true,
            type => ToErrorRecord(IcuSportSettingsException.NotFound(type, target), type));
    }
}
