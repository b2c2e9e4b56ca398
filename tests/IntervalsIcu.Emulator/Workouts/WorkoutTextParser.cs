using System.Globalization;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// Reads the simple part of Intervals.icu's workout text (api-facts §5.4): step lines such as
/// <c>- 10m 60%</c>, <c>- 30s 120%</c>, <c>- 1h30m Z2</c>, <c>- 5m ramp 50-75%</c>, and a line ending in
/// <c>3x</c> that repeats the step lines after it up to the next blank or non-step line. Lines that are
/// not steps (section titles, notes) are ignored; so are steps without a duration (distance steps),
/// which the emulator does not model.
/// </summary>
internal static partial class WorkoutTextParser
{
    /// <summary>Midpoints of the default power zones (inference: the athlete's own zones are not used).</summary>
    private static readonly double[] ZoneMidpoints = [45, 65, 82, 97, 112, 135, 160];

    public static Workout Parse(string? text)
    {
        var blocks = new List<WorkoutBlock>();
        List<WorkoutStep>? repeat = null;
        var reps = 1;
        foreach (var rawLine in (text ?? string.Empty).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith('-'))
            {
                if (ParseStep(line[1..]) is not { } step)
                {
                    continue;
                }

                if (repeat is not null)
                {
                    repeat.Add(step);
                }
                else
                {
                    blocks.Add(new WorkoutBlock(1, [step]));
                }

                continue;
            }

            Close(blocks, ref repeat, reps);
            if (RepeatHeader().Match(line) is { Success: true } header)
            {
                reps = int.Parse(header.Groups["reps"].Value, CultureInfo.InvariantCulture);
                repeat = [];
            }
        }

        Close(blocks, ref repeat, reps);
        return new Workout(blocks);
    }

    private static void Close(List<WorkoutBlock> blocks, ref List<WorkoutStep>? repeat, int reps)
    {
        if (repeat is { Count: > 0 })
        {
            blocks.Add(new WorkoutBlock(reps, repeat));
        }

        repeat = null;
    }

    private static WorkoutStep? ParseStep(string line)
    {
        var duration = Duration().Match(line);
        if (!duration.Success)
        {
            return null;
        }

        var seconds = (Number(duration.Groups["h"]) * 3600) + (Number(duration.Groups["m"]) * 60) + Number(duration.Groups["s"]);
        if (seconds <= 0)
        {
            return null;
        }

        var rest = line[(duration.Index + duration.Length)..];
        if (Percent().Match(rest) is { Success: true } percent)
        {
            var low = double.Parse(percent.Groups["low"].Value, CultureInfo.InvariantCulture);
            var high = percent.Groups["high"].Success ? double.Parse(percent.Groups["high"].Value, CultureInfo.InvariantCulture) : low;
            var isRamp = rest.Contains("ramp", StringComparison.OrdinalIgnoreCase);
            return isRamp ? new WorkoutStep(seconds, low, high) : new WorkoutStep(seconds, (low + high) / 2, (low + high) / 2);
        }

        if (Zone().Match(rest) is { Success: true } zone)
        {
            var target = ZoneMidpoints[int.Parse(zone.Groups["zone"].Value, CultureInfo.InvariantCulture) - 1];
            return new WorkoutStep(seconds, target, target);
        }

        return new WorkoutStep(seconds, null, null);
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    /// <summary><c>1h</c>, <c>10m</c>, <c>30s</c>, <c>1h30m</c>, <c>5m30s</c>, <c>1m30</c> (seconds after minutes).</summary>
    [GeneratedRegex(@"(?<![\w.])(?=\d+[hms])(?:(?<h>\d+)h)?(?:(?<m>\d+)m(?![a-z]))?(?:(?<s>\d+)s?)?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<low>\d+(?:\.\d+)?)(?:\s*-\s*(?<high>\d+(?:\.\d+)?))?\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\bZ(?<zone>[1-7])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Zone();

    [GeneratedRegex(@"(?<reps>\d+)\s*x\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepeatHeader();
}
