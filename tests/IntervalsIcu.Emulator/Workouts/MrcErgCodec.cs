using System.Globalization;
using System.Text;

namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// The <c>.mrc</c> (minutes, % FTP) and <c>.erg</c> (minutes, watts, with the FTP in the header) course
/// files: a list of points, two per step, so a constant step is two points at the same power and a ramp
/// two points at different powers. Free-ride steps are written at 50 % (these formats have no "free").
/// </summary>
internal static class MrcErgCodec
{
    private const double FreeRidePercent = 50;

    public static byte[] Encode(Workout workout, string name, bool watts, int ftp)
    {
        var text = new StringBuilder()
            .Append("[COURSE HEADER]\r\n")
            .Append("VERSION = 2\r\nUNITS = ENGLISH\r\n")
            .Append("DESCRIPTION = ").Append(name).Append("\r\n")
            .Append("FILE NAME = ").Append(name).Append("\r\n");
        if (watts)
        {
            text.Append("FTP = ").Append(ftp.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        text.Append(watts ? "MINUTES WATTS\r\n" : "MINUTES PERCENT\r\n").Append("[END COURSE HEADER]\r\n[COURSE DATA]\r\n");
        var minutes = 0.0;
        foreach (var step in workout.FlatSteps())
        {
            var start = step.StartPercent ?? FreeRidePercent;
            var end = step.EndPercent ?? FreeRidePercent;
            Point(text, minutes, watts ? start * ftp / 100 : start);
            minutes += step.Seconds / 60.0;
            Point(text, minutes, watts ? end * ftp / 100 : end);
        }

        text.Append("[END COURSE DATA]\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>Points back into steps; an .erg's watts become % of the FTP in its header, else of <paramref name="athleteFtp"/>.</summary>
    public static Workout? Decode(byte[] content, int athleteFtp)
    {
        var lines = Encoding.ASCII.GetString(content).Split('\n').Select(line => line.Trim()).ToList();
        var dataStart = lines.IndexOf("[COURSE DATA]");
        if (dataStart < 0)
        {
            return null;
        }

        var header = lines.Take(dataStart).ToList();
        var inWatts = header.Any(line => line.Contains("WATTS", StringComparison.OrdinalIgnoreCase));
        var ftp = header.Where(line => line.StartsWith("FTP", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.TryParse(line.Split('=').Last().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .FirstOrDefault(value => value > 0, athleteFtp);

        var points = new List<(double Minutes, double Value)>();
        foreach (var line in lines.Skip(dataStart + 1).TakeWhile(line => !line.StartsWith("[END", StringComparison.Ordinal)))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var time)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                // Watts are whole numbers, so % FTP is read back to the whole percent it was written from.
                points.Add((time, inWatts ? Math.Round(value * 100 / ftp) : value));
            }
        }

        var blocks = new List<WorkoutBlock>();
        for (var index = 0; index + 1 < points.Count; index++)
        {
            var seconds = (int)Math.Round((points[index + 1].Minutes - points[index].Minutes) * 60);
            if (seconds > 0)
            {
                blocks.Add(new WorkoutBlock(1, [new WorkoutStep(seconds, Math.Round(points[index].Value, 1), Math.Round(points[index + 1].Value, 1))]));
            }
        }

        return new Workout(blocks);
    }

    private static void Point(StringBuilder text, double minutes, double value) =>
        text.Append(minutes.ToString("0.00", CultureInfo.InvariantCulture)).Append('\t').Append(Math.Round(value).ToString(CultureInfo.InvariantCulture)).Append("\r\n");
}
