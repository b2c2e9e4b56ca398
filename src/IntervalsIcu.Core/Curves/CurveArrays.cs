using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Curves;

/// <summary>
/// A curve as the API sends it: parallel arrays, one entry per point (durations or distances, values, the
/// activity of each effort, and for power the watts per kilogram with their activities).
/// </summary>
internal sealed record CurveArrays(
    IReadOnlyList<int>? Secs,
    IReadOnlyList<double>? Distance,
    IReadOnlyList<int>? Values,
    IReadOnlyList<string>? ActivityIds,
    IReadOnlyList<double>? WattsPerKg,
    IReadOnlyList<string?>? WattsPerKgActivityIds)
{
    /// <summary>
    /// One row per value, each a copy of <paramref name="curve"/> (type, curve, athlete, and the activity and
    /// date to use when a point names none) with the point's numbers. A pace curve's values are the best
    /// times over the distances, so its Value is that time as seconds per kilometre.
    /// </summary>
    public IEnumerable<IcuCurvePoint> ToPoints(IcuCurvePoint curve, Func<string, DateTime?> dateOf)
    {
        var values = Values ?? [];
        for (var i = 0; i < values.Count; i++)
        {
            var activityId = At(ActivityIds, i) ?? curve.ActivityId;
            var point = curve with { ActivityId = activityId, Date = activityId is null ? curve.Date : dateOf(activityId) ?? curve.Date };
            if (curve.Type == IcuCurveType.Pace)
            {
                var meters = At(Distance, i);
                yield return point with
                {
                    Seconds = values[i],
                    Meters = meters,
                    Value = meters is > 0 ? Math.Round(values[i] / meters.Value * 1000, 1) : null,
                };
            }
            else
            {
                var wattsPerKg = At(WattsPerKg, i) is { } wkg && double.IsFinite(wkg) ? Math.Round(wkg, 2) : (double?)null;
                yield return point with
                {
                    Seconds = At(Secs, i),
                    Value = values[i],
                    WattsPerKg = wattsPerKg,
                    WattsPerKgActivityId = wattsPerKg is null ? null : At(WattsPerKgActivityIds, i) ?? activityId,
                };
            }
        }
    }

    private static string? At(IReadOnlyList<string?>? list, int index) => list is not null && index < list.Count ? list[index] : null;

    private static int? At(IReadOnlyList<int>? list, int index) => list is not null && index < list.Count ? list[index] : null;

    private static double? At(IReadOnlyList<double>? list, int index) => list is not null && index < list.Count ? list[index] : null;
}
