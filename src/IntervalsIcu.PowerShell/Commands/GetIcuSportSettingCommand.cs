using System.Management.Automation;
using System.Runtime.CompilerServices;
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
        var patterns = (Type ?? []).Select(type => (Type: type, Pattern: new WildcardPattern(type, WildcardOptions.IgnoreCase))).ToList();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var target = AthleteId ?? session.AthleteId;
        var listed = false;
        ForOneInput(target, () =>
        {
            WriteStream((log, cancel) => Matching(SportSettingsClient.ListAsync(session, AthleteId, log, cancel), patterns, found, cancel));
            listed = true;
        });

        // After a failed read every type is unknown, not missing: the failure alone is reported.
        foreach (var (type, _) in patterns.Where(p => listed && !WildcardPattern.ContainsWildcardCharacters(p.Type) && !found.Contains(p.Type)))
        {
            WriteIcuError(IcuSportSettingsException.NotFound(type, target), type);
        }
    }

    private static async IAsyncEnumerable<IcuSportSettings> Matching(
        IAsyncEnumerable<IcuSportSettings> settings, List<(string Type, WildcardPattern Pattern)> patterns, HashSet<string> found, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sport in settings.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var matches = patterns.Where(p => (sport.Types ?? (IEnumerable<string>)[]).Any(type => p.Pattern.IsMatch(type))).ToList();
            if (patterns.Count > 0 && matches.Count == 0)
            {
                continue;
            }

            foreach (var match in matches)
            {
                found.Add(match.Type);
            }

            yield return sport;
        }
    }
}
