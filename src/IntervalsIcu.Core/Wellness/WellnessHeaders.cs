using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Reads the header spellings that apps and spreadsheets write ("Weight (kg)", "Resting Heart Rate",
/// "HRV (ms)", "Body Fat %", "Sleep Duration (h)"): case, spaces, underscores and hyphens do not count, and
/// a unit in brackets, after a space or as a trailing % is accepted when it is the field's own unit. A unit
/// that is not the field's ("Weight (lbs)") is never converted: the column stays unused and the warning
/// says which unit the field takes. "Sleep" without a unit may be hours or seconds, so it is not guessed.
/// </summary>
public static partial class WellnessHeaders
{
    /// <summary>The unit spellings each field unit (the first word of <see cref="WellnessField.Unit"/>) accepts.</summary>
    private static readonly Dictionary<string, string[]> UnitSpellings = new(StringComparer.Ordinal)
    {
        ["kg"] = ["kg", "kgs", "kilograms", "kilogram"],
        ["bpm"] = ["bpm", "beatsmin", "1min", "beatsperminute"],
        ["ms"] = ["ms", "msec", "milliseconds"],
        ["%"] = ["%", "percent", "pct"],
        ["kcal"] = ["kcal", "cal", "calories"],
        ["s"] = ["s", "sec", "secs", "second", "seconds"],
        ["h"] = ["h", "hr", "hrs", "hour", "hours", "hmm"],
        ["mmhg"] = ["mmhg"],
        ["mmoll"] = ["mmoll", "mmol"],
        ["cm"] = ["cm", "centimetres", "centimeters"],
        ["g"] = ["g", "grams", "gram"],
        ["mlkgmin"] = ["mlkgmin"],
        ["breathsmin"] = ["breathsmin", "brpm", "rpm", "breathsperminute"],
    };

    /// <summary>Words after a field's name that say nothing about it: "Sleep Duration" is "Sleep".</summary>
    private static readonly string[] FillerSuffixes = ["duration", "time", "total", "avg", "average"];

    private static readonly Dictionary<string, WellnessField> ByKey = BuildKeys();

    /// <summary>The columns Get-IcuWellness | Export-Csv writes: any that is no writable field is read-only, so re-importing the file does not warn about them.</summary>
    private static readonly HashSet<string> ReadOnlyKeys =
    [
        .. WellnessFields.ServerApiNames.Select(Key),
        .. typeof(Model.IcuWellness).GetProperties().Select(property => Key(property.Name)).Where(key => !ByKey.ContainsKey(key)),
    ];

    /// <summary>
    /// The field a header names in one of the accepted spellings, or null (then <paramref name="suggestion"/>
    /// may say what was probably meant). Exact names and aliases are found too.
    /// </summary>
    public static WellnessField? Resolve(string header, out string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(header);
        suggestion = null;
        if (ByKey.GetValueOrDefault(Key(header)) is { } named)
        {
            return named;
        }

        var (name, unit) = Split(header);
        var key = Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (IsSleep(key))
        {
            return ResolveSleep(unit, out suggestion);
        }

        var field = ByKey.GetValueOrDefault(key) ?? ByKey.GetValueOrDefault(WithoutFiller(key));
        if (field is null)
        {
            suggestion = Closest(key);
            return null;
        }

        if (unit is null || UnitFits(field, unit))
        {
            return field;
        }

        suggestion = field.MeasureUnit is null
            ? field.Name
            : string.Format(CultureInfo.InvariantCulture, WellnessMessages.SuggestionOtherUnit, field.Name, field.MeasureUnit);
        return null;
    }

    /// <summary>True for a header that names the date (Date, Day, Id, "date (yyyy-mm-dd)").</summary>
    public static bool IsDate(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Key(Split(header).Name) is "date" or "day" or "id" or "calendardate";
    }

    /// <summary>True for a header that names a wellness value the server computes (Ctl, Atl, RampRate, Updated …) or another read-only column of Get-IcuWellness: not an error.</summary>
    public static bool IsServerField(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return ReadOnlyKeys.Contains(Key(header));
    }

    /// <summary>Lower-case letters and digits only: "Resting_Heart-Rate" → "restingheartrate".</summary>
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character == '%')
            {
                key.Append(char.ToLowerInvariant(character));
            }
        }

        return key.ToString();
    }

    private static (string Name, string? Unit) Split(string header)
    {
        var text = header.Trim();
        if (BracketUnit().Match(text) is { Success: true } bracket)
        {
            return (bracket.Groups["name"].Value, Key(bracket.Groups["unit"].Value));
        }

        if (text.EndsWith('%'))
        {
            return (text[..^1], "%");
        }

        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            var last = Key(text[(space + 1)..]);
            if (UnitSpellings.Values.Any(spellings => spellings.Contains(last, StringComparer.Ordinal)))
            {
                return (text[..space], last);
            }
        }

        return (text, null);
    }

    private static bool IsSleep(string key) => key == "sleep" || WithoutFiller(key) == "sleep" || key == "totalsleep";

    private static WellnessField? ResolveSleep(string? unit, out string? suggestion)
    {
        suggestion = null;
        if (unit is not null && UnitSpellings["h"].Contains(unit, StringComparer.Ordinal))
        {
            return WellnessFields.SleepHours;
        }

        if (unit is not null && UnitSpellings["s"].Contains(unit, StringComparer.Ordinal))
        {
            return WellnessFields.SleepSecs;
        }

        suggestion = WellnessMessages.SuggestionSleep;
        return null;
    }

    private static string WithoutFiller(string key)
    {
        foreach (var filler in FillerSuffixes)
        {
            if (key.Length > filler.Length && key.EndsWith(filler, StringComparison.Ordinal))
            {
                return key[..^filler.Length];
            }

            if (key.Length > filler.Length && key.StartsWith(filler, StringComparison.Ordinal))
            {
                return key[filler.Length..];
            }
        }

        return key;
    }

    private static bool UnitFits(WellnessField field, string unit) =>
        field.MeasureUnit is { } measure && UnitSpellings.TryGetValue(Key(measure), out var spellings)
        && spellings.Contains(unit, StringComparer.Ordinal);

    /// <summary>The field whose name or alias is nearest to <paramref name="key"/> (a typo or two away), or null.</summary>
    private static string? Closest(string key) => NearestName.Find(key, ByKey.Keys) is { } nearest ? ByKey[nearest].Name : null;

    private static Dictionary<string, WellnessField> BuildKeys()
    {
        var keys = new Dictionary<string, WellnessField>(StringComparer.Ordinal);
        foreach (var field in WellnessFields.All)
        {
            foreach (var name in field.Aliases.Prepend(field.ApiName).Prepend(field.Name))
            {
                // SleepHours shares sleepSecs with SleepSecs; the API name means seconds.
                keys.TryAdd(Key(name), field);
            }
        }

        return keys;
    }

    [GeneratedRegex(@"^(?<name>.*?)\s*[\(\[](?<unit>[^\)\]]*)[\)\]]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketUnit();
}
