using System.Text;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Names saved files after the activity id and the name the server gives (Content-Disposition):
/// "i123_2024-05-01-07-30-00.fit". Only the last path segment of the server's name is used,
/// characters no file system accepts become '_', invisible and bidirectional-control characters are
/// dropped (a right-to-left override would show "x\u202Etif.exe" as "xexe.fit"), and the extension is
/// always the module's own, from the format or the content, never the server's.
/// </summary>
public static class ActivityFileNames
{
    public const string GzipExtension = ".gz";

    private const string UnknownExtension = "bin";

    private static readonly string[] KnownExtensions = ["fit", "gpx", "tcx"];

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

        var serverExtension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        var stem = Sanitize(Path.GetFileNameWithoutExtension(name));
        var extension = ExtensionOf(format, content);
        if (extension == UnknownExtension && compressed && KnownExtensions.Contains(serverExtension))
        {
            // Kept gzip-compressed, the content cannot tell; the server's word is taken only for a known activity format.
            extension = serverExtension;
        }

        if (stem.Length == 0)
        {
            stem = activityId;
        }
        else if (!stem.StartsWith(activityId, StringComparison.OrdinalIgnoreCase))
        {
            stem = activityId + "_" + stem;
        }

        var file = stem + "." + extension;
        return compressed ? file + GzipExtension : file;
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

        return head.Contains("<TrainingCenterDatabase", StringComparison.OrdinalIgnoreCase) ? "tcx" : UnknownExtension;
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var visible = name.Where(c => !IsInvisible(c));
        return new string(visible.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim(' ', '.') is { Length: > 0 } clean
            && clean != ".." ? clean : string.Empty;
    }

    /// <summary>Format characters (bidi overrides and isolates, zero-width joiners, the BOM): they change how a name reads, not what it is.</summary>
    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0';
}
