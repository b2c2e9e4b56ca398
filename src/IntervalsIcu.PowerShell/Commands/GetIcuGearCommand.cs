using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using IntervalsIcu.Core.Gear;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Filtering;
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
        var selection = new WildcardSelection(Name);
        var target = AthleteId ?? session.AthleteId;
        var listed = false;
        ForOneInput(target, () =>
        {
            WriteStream((log, cancel) => Selected(GearReader.ListAsync(session, AthleteId, log, cancel), selection, cancel));
            listed = true;
        });

        // After a failed read every name is unknown, not missing: the failure alone is reported.
        foreach (var name in listed ? selection.Missing() : [])
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

    private async IAsyncEnumerable<IcuGear> Selected(IAsyncEnumerable<IcuGear> gear, WildcardSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in gear.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Type is { Length: > 0 } && !Type.Contains(item.Type ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (selection.Selects([item.Name ?? string.Empty]))
            {
                yield return item;
            }
        }
    }
}
