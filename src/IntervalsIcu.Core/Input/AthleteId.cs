using System.Globalization;
using System.Text.RegularExpressions;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Input;

/// <summary>
/// Athlete ids: <c>0</c> (the athlete that owns the key or token), <c>i12345</c>, or all digits, which
/// some accounts really have (api-facts §2.2: ids equal to the user's Strava id).
/// </summary>
public static partial class AthleteId
{
    /// <summary>The alias for "the athlete this credential belongs to".</summary>
    public const string Self = "0";

    // Short values are echoed in messages; a long one might be a key pasted into the wrong box.
    private const int LongestEchoedValue = 12;

    public static bool IsWellFormed(ReadOnlySpan<char> text) => WellFormed().IsMatch(text);

    public static bool IsAllDigits(string id) => id != Self && id.Length > 0 && id.All(char.IsAsciiDigit);

    public static CheckedInput<string> Check(string? raw)
    {
        var corrections = new List<string>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return CheckedInput<string>.Valid(Self, corrections);
        }

        var id = raw.Trim();
        if (id.Length != raw.Length)
        {
            corrections.Add(Messages.AthleteIdTrimmed);
        }

        // A pasted web address such as https://intervals.icu/athlete/i12345/activities.
        var fromUrl = IdInPath().Match(id);
        if (fromUrl.Success && id.Contains('/'))
        {
            id = fromUrl.Groups["id"].Value;
            corrections.Add(string.Format(CultureInfo.InvariantCulture, Messages.AthleteIdFromUrl, id));
        }

        if (id.Length > 1 && id[0] == 'I' && id.AsSpan(1).ToString().All(char.IsAsciiDigit))
        {
            id = "i" + id[1..];
            corrections.Add(string.Format(CultureInfo.InvariantCulture, Messages.AthleteIdLowercased, id));
        }

        if (IsWellFormed(id))
        {
            return CheckedInput<string>.Valid(id, corrections);
        }

        var shown = id.Length <= LongestEchoedValue
            ? string.Format(CultureInfo.InvariantCulture, Messages.QuotedValue, id)
            : string.Format(CultureInfo.InvariantCulture, Messages.LongValueNotShown, id.Length);
        return CheckedInput<string>.Invalid(
            new IcuInvalidAthleteIdException(
                string.Format(CultureInfo.InvariantCulture, Messages.AthleteIdInvalid, shown),
                Messages.FixAthleteIdInvalid),
            corrections);
    }

    [GeneratedRegex(@"^(0|i?[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"/athlete/(?<id>[iI]?[0-9]+)(/|$|\?)", RegexOptions.CultureInvariant)]
    private static partial Regex IdInPath();
}
