using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// One day of an athlete's fitness chart, read from the wellness record of that day: fitness (CTL),
/// fatigue (ATL), form and the CTL ramp rate. A row per day with plain numbers, so Export-Csv gives a
/// sheet that charts as it is.
/// </summary>
public sealed class IcuFitnessDay
{
    /// <summary>The athlete's local date.</summary>
    [JsonConverter(typeof(LocalDateConverter))]
    public DateTime Date { get; init; }

    /// <summary>Fitness: the 42-day exponentially weighted average of daily training load.</summary>
    public double? Ctl { get; init; }

    /// <summary>Fatigue: the 7-day exponentially weighted average of daily training load.</summary>
    public double? Atl { get; init; }

    /// <summary>Form as Intervals.icu defines it: fitness minus fatigue (Ctl − Atl); empty when either is.</summary>
    public double? Form => Ctl is { } ctl && Atl is { } atl ? ctl - atl : null;

    /// <summary>How fast fitness rises: the change of CTL over the week, as the server reports it.</summary>
    public double? RampRate { get; init; }

    /// <summary>The athlete, so rows of several athletes can be told apart and piped on.</summary>
    public string AthleteId { get; init; } = string.Empty;
}
