using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Activity ids go into a path, several comma-joined: only the characters real ids use (i12345678,
/// or a plain number) are let through, so no id can smuggle a separator or a path segment.
/// </summary>
public static partial class ActivityIds
{
    /// <summary>The trimmed id, or <see cref="IcuActivityException"/> with ErrorId IcuInvalidActivityId.</summary>
    public static string Check(string? id)
    {
        var trimmed = id?.Trim() ?? string.Empty;
        return ValidId().IsMatch(trimmed) ? trimmed : throw IcuActivityException.InvalidId(id ?? string.Empty);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidId();
}
