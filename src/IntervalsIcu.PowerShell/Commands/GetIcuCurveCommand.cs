using System.Management.Automation;
using IntervalsIcu.Core.Curves;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.PowerShell.Completers;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Get-IcuCurve: best-effort curves (power, pace, heart rate) as one row per point, for the athlete over
/// curve ids or a date range, or for activities piped from Get-IcuActivity. One cmdlet with -Type rather
/// than three: the three curves share their parameters and their row type, so one call (or one CSV) can
/// hold several, as Get-Counter takes several counters.
/// </summary>
[Cmdlet(VerbsCommon.Get, "IcuCurve", DefaultParameterSetName = CurveSet)]
[OutputType(typeof(IcuCurvePoint))]
public sealed class GetIcuCurveCommand : IcuAthleteCmdlet
{
    private const string CurveSet = "Curve";
    private const string RangeSet = "Range";
    private const string ActivitySet = "Activity";

    /// <summary>Power, Pace or HeartRate; several give the rows of each. Default: Power.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public IcuCurveType[] Type { get; set; } = [IcuCurveType.Power];

    /// <summary>
    /// The API's curve ids: '1y', '84d', 's0' (this season), 's1', 'all', 'r.2025-01-01.2025-12-31'. Default: the
    /// server's, the last year. Quoted: PowerShell reads an unquoted 84d or 1y as a number.
    /// </summary>
    [Parameter(ParameterSetName = CurveSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Curve { get; set; }

    /// <summary>The first local date of the range (inclusive).</summary>
    [Parameter(ParameterSetName = RangeSet, Mandatory = true)]
    public DateTime Oldest { get; set; }

    /// <summary>The last local date of the range (inclusive). Default: today in the athlete's time zone.</summary>
    [Parameter(ParameterSetName = RangeSet)]
    public DateTime? Newest { get; set; }

    /// <summary>The sport of the athlete's curves (the API's type). Default: Ride for power, Run for pace, the server's choice for heart rate.</summary>
    [Parameter(ParameterSetName = CurveSet)]
    [Parameter(ParameterSetName = RangeSet)]
    [ArgumentCompleter(typeof(ActivityTypeCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Sport { get; set; }

    /// <summary>One activity's curves instead of the athlete's; bound by property name from Get-IcuActivity.</summary>
    [Parameter(ParameterSetName = ActivitySet, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string? ActivityId { get; set; }

    /// <summary>Pace curves of gradient adjusted pace (the API's gap); no effect on power and heart rate.</summary>
    [Parameter]
    public SwitchParameter GradeAdjusted { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        if (ParameterSetName == ActivitySet)
        {
            foreach (var type in Type.Distinct())
            {
                ForOneInput(ActivityId, () =>
                {
                    foreach (var point in Run((log, cancel) => CurveReader.ReadActivityAsync(session, type, ActivityId!, GradeAdjusted, log, cancel)))
                    {
                        WriteRecord(point);
                    }
                });
            }

            return;
        }

        IReadOnlyList<string> curves = Curve ?? [];
        try
        {
            CurveReader.CheckCurveIds(curves);
            if (ParameterSetName == RangeSet)
            {
                curves = [CurveReader.RangeCurve(DateOnly.FromDateTime(Oldest), Newest is { } newest ? DateOnly.FromDateTime(newest) : session.Today())];
            }
        }
        catch (IcuCurveException exception)
        {
            // A bad parameter stops the command before any request.
            ThrowIcuError(exception, ParameterSetName == RangeSet ? Oldest : Curve);
        }

        foreach (var type in Type.Distinct())
        {
            var query = new AthleteCurveQuery(type, curves, Sport, GradeAdjusted);
            ForOneInput(session.AthleteId, () => WriteStream((log, cancel) => CurveReader.ReadAthleteAsync(session, query, log, cancel)));
        }
    }
}
