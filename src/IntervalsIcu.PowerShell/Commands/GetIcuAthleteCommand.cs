using System.Management.Automation;
using IntervalsIcu.Core.Athletes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuAthlete: the session's athlete (or the ones named) with sport settings; -Coached lists the
/// athletes the key's owner coaches or follows.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuAthlete", DefaultParameterSetName = ByIdSet)]
[OutputType(typeof(IcuAthlete), ParameterSetName = [ByIdSet])]
[OutputType(typeof(IcuCoachedAthlete), ParameterSetName = [CoachedSet])]
public sealed class GetIcuAthleteCommand : IcuSessionCmdlet
{
    private const string ByIdSet = "ById";
    private const string CoachedSet = "Coached";

    /// <summary>Athlete ids: 0, i12345, or a coached athlete's id. Default: the session's athlete.</summary>
    [Parameter(ParameterSetName = ByIdSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AthleteId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(ParameterSetName = CoachedSet, Mandatory = true)]
    public SwitchParameter Coached { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        if (Coached)
        {
            try
            {
                WriteStream((log, cancel) => AthleteReader.ListCoachedAsync(session, log, cancel));
            }
            catch (IcuException exception)
            {
                ThrowIcuError(exception, session.AthleteId);
            }

            return;
        }

        foreach (var id in Id ?? [session.AthleteId])
        {
            try
            {
                WriteRecord(Run((log, cancel) => AthleteReader.GetAsync(session, id, log, cancel)));
            }
            catch (IcuAuthenticationException exception)
            {
                ThrowIcuError(exception, id);
            }
            catch (IcuException exception)
            {
                // One id that is malformed, unknown or not coached does not stop the others.
                WriteIcuError(exception, id);
            }
        }
    }
}
