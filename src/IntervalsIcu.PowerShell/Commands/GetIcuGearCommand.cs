using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
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
public sealed class GetIcuGearCommand : IcuSessionCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter]
    [ArgumentCompleter(typeof(GearTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Type { get; set; }

    /// <summary>A coached athlete's id; by property name, so athletes can be piped in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AthleteId { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var patterns = (Name ?? []).Select(name => (Name: name, Pattern: new WildcardPattern(name, WildcardOptions.IgnoreCase))).ToList();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var target = AthleteId ?? session.AthleteId;
        var listed = false;
        ForOneInput(target, () =>
        {
            WriteStream((log, cancel) => Matching(GearReader.ListAsync(session, AthleteId, log, cancel), patterns, found, cancel));
            listed = true;
        });

        // After a failed read every name is unknown, not missing: the failure alone is reported.
        foreach (var (name, _) in patterns.Where(p => listed && !WildcardPattern.ContainsWildcardCharacters(p.Name) && !found.Contains(p.Name)))
        {
            WriteError(new ErrorRecord(
                new ItemNotFoundException(string.Format(CultureInfo.CurrentCulture, GearCmdletMessages.GearNotFound, name, target)),
                "IcuGearNotFound",
                ErrorCategory.ObjectNotFound,
                name)
            {
                ErrorDetails = new ErrorDetails(string.Format(CultureInfo.CurrentCulture, GearCmdletMessages.GearNotFound, name, target)) { RecommendedAction = GearCmdletMessages.FixGearNotFound },
            });
        }
    }

    private async IAsyncEnumerable<IcuGear> Matching(
        IAsyncEnumerable<IcuGear> gear, List<(string Name, WildcardPattern Pattern)> patterns, HashSet<string> found, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in gear.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Type is { Length: > 0 } && !Type.Contains(item.Type ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var matches = patterns.Where(p => p.Pattern.IsMatch(item.Name ?? string.Empty)).ToList();
            if (patterns.Count > 0 && matches.Count == 0)
            {
                continue;
            }

            foreach (var match in matches)
            {
                found.Add(match.Name);
            }

            yield return item;
        }
    }
}
