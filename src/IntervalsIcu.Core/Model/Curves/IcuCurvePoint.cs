using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// One point of a best-effort curve: the best power or heart rate held for <see cref="Seconds"/>, or the
/// best time over <see cref="Meters"/>, with the activity that set it. A row per point with plain numbers,
/// so Export-Csv gives a sheet that charts as it is (Seconds or Meters across, Value up, a series per Curve).
/// </summary>
public sealed record IcuCurvePoint
{
    public IcuCurveType Type { get; init; }

    /// <summary>
    /// Which curve: the API's curve id for an athlete's curves (<c>1y</c>, <c>84d</c>, <c>s0</c>,
    /// <c>r.2025-01-01.2025-12-31</c>), or the activity's id for one activity's curve.
    /// </summary>
    public string Curve { get; init; } = string.Empty;

    /// <summary>The server's name for the curve (e.g. "Last year", "2025"), when it sends one.</summary>
    public string? Label { get; init; }

    /// <summary>The sport asked for (the API's <c>type</c>) for an athlete's curves; empty for one activity's.</summary>
    public string? Sport { get; init; }

    /// <summary>Power and heart rate: the duration. Pace: the best time over <see cref="Meters"/>.</summary>
    public int? Seconds { get; init; }

    /// <summary>Pace only: the distance.</summary>
    public double? Meters { get; init; }

    /// <summary>Watts, bpm, or pace in seconds per kilometre, as <see cref="Unit"/> says.</summary>
    public double? Value { get; init; }

    /// <summary><c>W</c>, <c>bpm</c> or <c>s/km</c>.</summary>
    public string Unit { get; init; } = string.Empty;

    /// <summary>Power only: the best watts per kilogram for the duration, where the server gives it.</summary>
    public double? WattsPerKg { get; init; }

    /// <summary>
    /// The activity of the best watts per kilogram; it can differ from <see cref="ActivityId"/> when the
    /// athlete's weight changed over the range.
    /// </summary>
    public string? WattsPerKgActivityId { get; init; }

    /// <summary>The activity of the effort, so rows pipe on to Get-IcuActivity and the effort can be found.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The local date of the effort's activity.</summary>
    [JsonConverter(typeof(LocalDateConverter))]
    public DateTime? Date { get; init; }

    /// <summary>Pace only: the curve is of gradient adjusted pace.</summary>
    public bool GradeAdjusted { get; init; }

    /// <summary>The athlete, so rows of several athletes can be told apart.</summary>
    public string AthleteId { get; init; } = string.Empty;
}
