using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Fitness;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuFitness: the fitness chart, one row per local date (default: the 7 days ending today in the
/// athlete's time zone), oldest first, with fitness (CTL), fatigue (ATL), form (CTL − ATL) and ramp rate.
/// -Summary gives instead the athlete summary a coach reads: one row per athlete followed, for the range.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuFitness", DefaultParameterSetName = DaySet)]
[OutputType(typeof(IcuFitnessDay), ParameterSetName = [DaySet])]
[OutputType(typeof(IcuAthleteSummary), ParameterSetName = [SummarySet])]
public sealed class GetIcuFitnessCommand : IcuAthleteCmdlet
{
    private const string DaySet = "Day";
    private const string SummarySet = "Summary";

    /// <summary>The first local date (inclusive). Default: 6 days before -Newest.</summary>
    [Parameter(Position = 0)]
    public DateTime? Oldest { get; set; }

    /// <summary>The last local date (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(Position = 1)]
    public DateTime? Newest { get; set; }

    /// <summary>One summary per athlete you follow or coach (you included) for the range, instead of one row per day.</summary>
    [Parameter(ParameterSetName = SummarySet, Mandatory = true)]
    public SwitchParameter Summary { get; set; }

    protected override void EndProcessing()
    {
        var session = ResolveSession();
        try
        {
            var (oldest, newest) = WellnessDates.ResolveRange(
                Oldest is { } first ? DateOnly.FromDateTime(first) : null,
                Newest is { } last ? DateOnly.FromDateTime(last) : null,
                session.Today());
            if (Summary)
            {
                WriteStream((log, cancel) => FitnessReader.ReadSummaryAsync(session, oldest, newest, log, cancel));
            }
            else
            {
                WriteStream((log, cancel) => FitnessReader.ReadRangeAsync(session, oldest, newest, log, cancel));
            }
        }
        catch (IcuException exception)
        {
            ThrowIcuError(exception, session.AthleteId);
        }
    }
}
