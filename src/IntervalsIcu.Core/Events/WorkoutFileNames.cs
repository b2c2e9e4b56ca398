using System.Globalization;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Names saved workouts "2026-03-02 Sweet spot 3x10.zwo": date, then the name with characters no OS
/// accepts (and control characters) replaced by '_', trimmed of spaces and dots (Windows drops them),
/// cut to keep the name portable, and never a reserved Windows device name.
/// </summary>
public static class WorkoutFileNames
{
    private const int MaxNameLength = 100;

    private static readonly HashSet<char> Invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();

    private static readonly string[] ReservedNames = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    public static string Extension(WorkoutFileFormat format) => format.ToString().ToLowerInvariant();

    public static string For(DateTime? date, string? name, int? eventId, WorkoutFileFormat format)
    {
        var clean = new string((name ?? string.Empty).Select(c => Invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim(' ', '.');
        if (clean.Length > MaxNameLength)
        {
            clean = clean[..MaxNameLength].TrimEnd(' ', '.');
        }

        if (clean.Length == 0 || ReservedNames.Contains(clean.ToUpperInvariant(), StringComparer.Ordinal))
        {
            clean = "workout " + eventId?.ToString(CultureInfo.InvariantCulture);
        }

        var prefix = date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " : string.Empty;
        return (prefix + clean).Trim() + "." + Extension(format);
    }
}
