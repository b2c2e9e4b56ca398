using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.SportSettings;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Set-IcuSportSetting: changes one sport's thresholds and zones. Only the fields that differ from the
/// server's are sent, and -WhatIf shows that diff. -RecalculateHrZones asks the server to derive the
/// heart-rate zones from the new LTHR / max HR; -ApplyToPastActivities re-zones every past activity of the
/// sport (a background job on the server that rewrites each activity's thresholds, zones and load).
/// </summary>
[Cmdlet(VerbsCommon.Set, "IcuSportSetting", SupportsShouldProcess = true, DefaultParameterSetName = ByType)]
[OutputType(typeof(IcuSportSettings))]
public sealed class SetIcuSportSettingCommand : IcuSessionCmdlet
{
    private const string ByType = "ByType";
    private const string ById = "ById";

    /// <summary>An activity type the settings cover: Ride, Run, Swim...</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByType)]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Type { get; set; }

    /// <summary>The settings' id, bound by property name from Get-IcuSportSetting.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ById, ValueFromPipelineByPropertyName = true)]
    public int Id { get; set; }

    /// <summary>A coached athlete's id; by property name, so settings or athletes can be piped in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AthleteId { get; set; }

    [Parameter]
    [ValidateRange(1, 2000)]
    public int? Ftp { get; set; }

    [Parameter]
    [ValidateRange(1, 2000)]
    public int? IndoorFtp { get; set; }

    /// <summary>W' in joules.</summary>
    [Parameter]
    [ValidateRange(1, 100000)]
    public int? WPrime { get; set; }

    /// <summary>Lactate threshold heart rate, bpm.</summary>
    [Parameter]
    [ValidateRange(30, 250)]
    public int? Lthr { get; set; }

    [Parameter]
    [ValidateRange(30, 250)]
    public int? MaxHr { get; set; }

    /// <summary>Threshold pace as a speed in metres per second, as the API stores it (4:00 min/km is 1000/240 = 4.1667).</summary>
    [Parameter]
    [ValidateRange(0.1, 50.0)]
    public double? ThresholdPace { get; set; }

    /// <summary>Upper bounds of the power zones in % of FTP, the last one open (999).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public int[]? PowerZones { get; set; }

    /// <summary>Upper bounds of the heart-rate zones in bpm, the last one max HR.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public int[]? HrZones { get; set; }

    /// <summary>Bounds of the pace zones in % of threshold pace, the last one open (999).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public double[]? PaceZones { get; set; }

    /// <summary>Lets the server derive the heart-rate zones from the new LTHR / max HR (the API's recalcHrZones).</summary>
    [Parameter]
    public SwitchParameter RecalculateHrZones { get; set; }

    /// <summary>
    /// Re-zones every past activity of the sport with these settings (the API's apply operation): the
    /// server rewrites thresholds, zones, time in zones and load of each one, in the background.
    /// </summary>
    [Parameter]
    public SwitchParameter ApplyToPastActivities { get; set; }

    /// <summary>Writes the settings as the server stored them.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private IcuSession? session;
    private SportSettingsEdit edit = new();

    protected override void BeginProcessing()
    {
        session = ResolveSession();
        edit = new SportSettingsEdit
        {
            Ftp = Ftp,
            IndoorFtp = IndoorFtp,
            WPrime = WPrime,
            Lthr = Lthr,
            MaxHr = MaxHr,
            ThresholdPace = ThresholdPace,
            PowerZones = PowerZones,
            HrZones = HrZones,
            PaceZones = PaceZones,
        };

        if (edit.IsEmpty && !ApplyToPastActivities && !RecalculateHrZones)
        {
            ThrowTerminatingError(new ErrorRecord(
                new PSArgumentException(SportSettingsCmdletMessages.NothingToSet),
                "IcuNoSportSettingChange",
                ErrorCategory.InvalidArgument,
                null)
            {
                ErrorDetails = new ErrorDetails(SportSettingsCmdletMessages.NothingToSet) { RecommendedAction = SportSettingsCmdletMessages.FixNothingToSet },
            });
        }
    }

    protected override void ProcessRecord()
    {
        var sport = ParameterSetName == ById ? Id.ToString(CultureInfo.InvariantCulture) : Type!;
        ForOneInput(sport, () =>
        {
            var current = Run((log, cancel) => SportSettingsClient.GetAsync(session!, AthleteId, sport, log, cancel));
            var settingsId = current.Id ?? throw new InvalidOperationException("The server sent sport settings without an id.");
            var target = string.Format(CultureInfo.CurrentCulture, SportSettingsCmdletMessages.Target, string.Join(", ", current.Types ?? (IEnumerable<string>)[]), settingsId, current.AthleteId ?? AthleteId ?? session!.AthleteId);
            var changes = edit.ChangesFrom(current);
            var stored = current;
            var declined = false;
            if (changes.Count == 0 && !RecalculateHrZones)
            {
                WriteVerbose(string.Format(CultureInfo.CurrentCulture, SportSettingsCmdletMessages.Unchanged, target));
            }
            else
            {
                var diff = changes.Count == 0 ? SportSettingsCmdletMessages.NoFieldChange : string.Join("; ", changes);
                var action = RecalculateHrZones ? SportSettingsCmdletMessages.UpdateActionRecalculating : SportSettingsCmdletMessages.UpdateAction;
                // Declining the change leaves the apply step its own question, so -WhatIf shows both.
                if (ShouldProcess(target, string.Format(CultureInfo.CurrentCulture, action, diff)))
                {
                    stored = Run((log, cancel) => SportSettingsClient.UpdateAsync(session!, AthleteId, settingsId, edit, RecalculateHrZones, log, cancel));
                }
                else
                {
                    declined = true;
                }
            }

            if (ApplyToPastActivities && ShouldProcess(target, SportSettingsCmdletMessages.ApplyAction))
            {
                Run(async (log, cancel) =>
                {
                    await SportSettingsClient.ApplyToActivitiesAsync(session!, AthleteId, settingsId, log, cancel).ConfigureAwait(false);
                    return true;
                });
            }

            // Settings that were not changed are not passed on as if they had been.
            if (PassThru && !declined)
            {
                WriteRecord(stored);
            }
        });
    }
}
