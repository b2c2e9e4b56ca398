using System.Management.Automation;
using System.Runtime.CompilerServices;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.SportSettings;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Filtering;

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
        var selection = new WildcardSelection(Type);
        var target = AthleteId ?? session.AthleteId;
        var listed = false;
        ForOneInput(target, () =>
        {
            WriteStream((log, cancel) => Selected(SportSettingsClient.ListAsync(session, AthleteId, log, cancel), selection, cancel));
            listed = true;
        });

        // After a failed read every type is unknown, not missing: the failure alone is reported.
        foreach (var type in listed ? selection.Missing() : [])
        {
            WriteIcuError(IcuSportSettingsException.NotFound(type, target), type);
        }
    }

    private static async IAsyncEnumerable<IcuSportSettings> Selected(
        IAsyncEnumerable<IcuSportSettings> settings, WildcardSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sport in settings.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (selection.Selects(sport.Types ?? (IEnumerable<string>)[]))
            {
                yield return sport;
            }
        }
    }
}
