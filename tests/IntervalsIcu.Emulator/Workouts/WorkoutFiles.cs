namespace IntervalsIcu.Emulator.Workouts;

/// <summary>The trainer file formats of a planned workout: <c>zwo</c>, <c>mrc</c>, <c>erg</c>, <c>fit</c> (api-facts §5.4).</summary>
internal static class WorkoutFiles
{
    public static readonly string[] Formats = ["zwo", "mrc", "erg", "fit"];

    public static byte[] Encode(string format, Workout workout, string name, string sportType, int ftp) => format switch
    {
        "zwo" => ZwoCodec.Encode(workout, name, sportType),
        "mrc" => MrcErgCodec.Encode(workout, name, watts: false, ftp),
        "erg" => MrcErgCodec.Encode(workout, name, watts: true, ftp),
        "fit" => FitWorkoutCodec.Encode(workout, name, sportType),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a workout file format."),
    };

    /// <summary>The workout in a file named <paramref name="fileName"/>; null when the format is unknown or the content unreadable.</summary>
    public static Workout? Decode(string fileName, byte[] content, int ftp) =>
        Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant() switch
        {
            "zwo" => ZwoCodec.Decode(content),
            "mrc" or "erg" => MrcErgCodec.Decode(content, ftp),
            "fit" => FitWorkoutCodec.Decode(content),
            _ => null,
        };

    /// <summary>A download's file name: the event's name with characters no OS accepts replaced (inference: the server's exact rule is unknown).</summary>
    public static string FileName(string? name, int eventId, string format)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['<', '>', ':', '"', '/', '\\', '|', '?', '*']).ToHashSet();
        var safe = new string((string.IsNullOrWhiteSpace(name) ? "workout-" + eventId : name).Select(c => invalid.Contains(c) ? '_' : c).ToArray());
        return safe + "." + format;
    }
}
