using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Fitness;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuFitness: the fitness chart, one row per local date (default: the 7 days ending today in the
/// athlete's time zone), oldest first, with fitness (CTL), fatigue (ATL), form (CTL − ATL) and ramp rate.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuFitness")]
[OutputType(typeof(IcuFitnessDay))]
public sealed class GetIcuFitnessCommand : IcuAthleteCmdlet
{
    /// <summary>The first local date (inclusive). Default: 6 days before -Newest.</summary>
    [Parameter(Position = 0)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(Position = 1)]
    public DateTime? Newest { get; set; }

    protected override void EndProcessing()
    {
        var session = ResolveSession();
        try
        {
            var (oldest, newest) = WellnessDates.ResolveRange(
                Oldest is { } first ? DateOnly.FromDateTime(first) : null,
                Newest is { } last ? DateOnly.FromDateTime(last) : null,
                session.Today());
            WriteStream((log, cancel) => FitnessReader.ReadRangeAsync(session, oldest, newest, log, cancel));
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, session.AthleteId);
        }
    }
}
