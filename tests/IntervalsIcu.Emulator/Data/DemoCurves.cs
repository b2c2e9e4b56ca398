using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Best-effort curves computed from the demo activities' streams (<see cref="DemoActivityStreams"/>):
/// best mean power and heart rate held for each of <see cref="Durations"/>, best time over each of
/// <see cref="Distances"/> (from the distance stream; gradient adjusted with the altitude stream), for one
/// activity or the best of many with the activity of each effort. The points, labels and the sport
/// families are inferences documented in the emulator's README; the numbers follow from the samples.
/// </summary>
public static class DemoCurves
{
    /// <summary>The durations of the power and heart rate curves, in seconds (the server's are finer).</summary>
    public static readonly int[] Durations = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 300, 480, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 10800, 14400];

    /// <summary>The distances of the pace curves, in metres.</summary>
    public static readonly double[] Distances = [50, 100, 200, 400, 800, 1000, 1500, 1609.3, 3000, 5000, 10000, 15000, 21097.5, 42195];

    private static readonly ConcurrentDictionary<string, CurveOfActivity> Cache = new(StringComparer.Ordinal);

    /// <summary>The stream a curve needs: watts, heartrate, or distance for pace.</summary>
    public static string StreamOf(string kind) => kind switch
    {
        "power" => "watts",
        "hr" => "heartrate",
        _ => "distance",
    };

    /// <summary>
    /// One activity's curve (<paramref name="kind"/> power, hr or pace): for each duration or distance the
    /// activity covers, the best value and the samples it spans. Cached per activity and its numbers.
    /// </summary>
    public static CurveOfActivity Of(JsonObject activity, string kind, bool gradeAdjusted)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = string.Join('|', activity["id"]?.GetValue<string>(), kind, gradeAdjusted, DemoFitness.Number(activity, "moving_time"),
            DemoFitness.Number(activity, "icu_average_watts"), DemoFitness.Number(activity, "average_heartrate"), DemoFitness.Number(activity, "average_speed"));
        return Cache.GetOrAdd(key, _ => kind == "pace" ? BestTimes(activity, gradeAdjusted) : MeanMax(activity, StreamOf(kind)));
    }

    /// <summary>The best of several activities' curves, point by point, with the activity of each best.</summary>
    public static IReadOnlyList<BestEffort> Best(IEnumerable<JsonObject> activities, string kind, bool gradeAdjusted, bool perKilogram = false)
    {
        var points = kind == "pace" ? Distances.Length : Durations.Length;
        var best = new BestEffort?[points];
        foreach (var activity in activities)
        {
            var curve = Of(activity, kind, gradeAdjusted);
            var weight = DemoFitness.Number(activity, "icu_weight") is > 0 and var kg ? kg : 0;
            for (var i = 0; i < curve.Values.Length; i++)
            {
                if (curve.Values[i] is not { } value)
                {
                    continue;
                }

                var score = perKilogram ? (weight > 0 ? value / weight : 0) : value;
                var better = best[i] is not { } current || (kind == "pace" ? score < current.Score : score > current.Score);
                if (better)
                {
                    best[i] = new BestEffort(i, value, score, activity, curve.StartIndex[i], curve.EndIndex[i]);
                }
            }
        }

        return best.OfType<BestEffort>().ToList();
    }

    /// <summary>The local date-time text of midnight of <paramref name="day"/>, as curves give their bounds.</summary>
    public static string MidnightText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";

    /// <summary>Best mean of <paramref name="stream"/> over each duration: a sliding sum over the samples.</summary>
    private static CurveOfActivity MeanMax(JsonObject activity, string stream)
    {
        var samples = DemoActivityStreams.Samples(activity, stream);
        var sums = new double[samples.Length + 1];
        for (var t = 0; t < samples.Length; t++)
        {
            sums[t + 1] = sums[t] + (samples[t] ?? 0);
        }

        var curve = CurveOfActivity.Empty(Durations.Length);
        for (var d = 0; d < Durations.Length && Durations[d] <= samples.Length; d++)
        {
            var duration = Durations[d];
            var bestStart = 0;
            for (var start = 1; start + duration <= samples.Length; start++)
            {
                if (sums[start + duration] - sums[start] > sums[bestStart + duration] - sums[bestStart])
                {
                    bestStart = start;
                }
            }

            curve.Values[d] = (int)Math.Round((sums[bestStart + duration] - sums[bestStart]) / duration);
            curve.StartIndex[d] = bestStart;
            curve.EndIndex[d] = bestStart + duration;
        }

        return curve;
    }

    /// <summary>
    /// Best time over each distance: two pointers over the cumulative distance. Gradient adjusted, each
    /// second's distance counts 3.3 % more per 1 % of climb and less downhill (a rule of thumb; inference).
    /// </summary>
    private static CurveOfActivity BestTimes(JsonObject activity, bool gradeAdjusted)
    {
        var distance = DemoActivityStreams.Samples(activity, "distance");
        var altitude = gradeAdjusted && DemoActivityStreams.Has(activity, "altitude") ? DemoActivityStreams.Samples(activity, "altitude") : null;
        var covered = new double[distance.Length];
        for (var t = 1; t < distance.Length; t++)
        {
            var step = Math.Max(0, (distance[t] ?? 0) - (distance[t - 1] ?? 0));
            if (altitude is not null && step > 0)
            {
                var grade = Math.Clamp(((altitude[t] ?? 0) - (altitude[t - 1] ?? 0)) / step, -0.3, 0.3);
                step *= 1 + (3.3 * grade);
            }

            covered[t] = covered[t - 1] + step;
        }

        var curve = CurveOfActivity.Empty(Distances.Length);
        for (var d = 0; d < Distances.Length; d++)
        {
            var target = Distances[d];
            int? best = null;
            var start = 0;
            for (var end = 1; end < covered.Length; end++)
            {
                while (start + 1 < end && covered[end] - covered[start + 1] >= target)
                {
                    start++;
                }

                if (covered[end] - covered[start] >= target && (best is null || end - start < best))
                {
                    best = end - start;
                    curve.StartIndex[d] = start;
                    curve.EndIndex[d] = end;
                }
            }

            curve.Values[d] = best;
        }

        return curve;
    }
}
