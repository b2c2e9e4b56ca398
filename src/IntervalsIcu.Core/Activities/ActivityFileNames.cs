using System.Text;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Names saved files after the activity id and the name the server gives (Content-Disposition):
/// "i123_2024-05-01-07-30-00.fit". Only the last path segment of the server's name is used and
/// characters no file system accepts become '_', so no name can leave the chosen folder.
/// </summary>
public static class ActivityFileNames
{
    public const string GzipExtension = ".gz";

    /// <param name="serverName">The server's file name, if it sent one.</param>
    /// <param name="content">The first bytes of what is written, to pick an extension when the server gave no name.</param>
    /// <param name="compressed">Whether the written bytes are gzip: the name then ends in .gz, otherwise it does not.</param>
    public static string For(string activityId, string? serverName, ActivityFileFormat format, ReadOnlySpan<byte> content, bool compressed)
    {
        var name = Sanitize(Path.GetFileName(serverName?.Trim().Trim('"') ?? string.Empty));
        if (name.EndsWith(GzipExtension, StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^GzipExtension.Length];
        }

        if (name.Length == 0 || name.StartsWith('.'))
        {
            name = activityId + "." + ExtensionOf(format, content);
        }
        else if (!name.StartsWith(activityId, StringComparison.OrdinalIgnoreCase))
        {
            name = activityId + "_" + name;
        }

        return compressed ? name + GzipExtension : name;
    }

    /// <summary>fit, gpx or tcx from the format, or for an original file from its content.</summary>
    public static string ExtensionOf(ActivityFileFormat format, ReadOnlySpan<byte> content)
    {
        switch (format)
        {
            case ActivityFileFormat.Fit:
                return "fit";
            case ActivityFileFormat.Gpx:
                return "gpx";
        }

        if (content.Length >= 12 && content.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            return "fit";
        }

        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 512)]);
        if (head.Contains("<gpx", StringComparison.OrdinalIgnoreCase))
        {
            return "gpx";
        }

        return head.Contains("<TrainingCenterDatabase", StringComparison.OrdinalIgnoreCase) ? "tcx" : "bin";
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim(' ', '.') is { Length: > 0 } clean
            && clean != ".." ? clean : string.Empty;
    }
}
