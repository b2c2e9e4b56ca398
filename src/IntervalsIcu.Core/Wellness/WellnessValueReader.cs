using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Reads one given value (a CSV cell's text, or a number or boolean from an object or the command line)
/// into the JSON the API expects, the same on every machine: numbers are read with a '.' decimal point
/// whatever the culture, so a German Windows reads "70.5" as 70.5, not 705. A decimal comma is accepted
/// only where it cannot be a thousands separator ("70,5", "70,25"); "1,234" is refused rather than
/// guessed. A blank value is "no value": never sent, never 0, never a clear.
/// </summary>
internal static partial class WellnessValueReader
{
    private static readonly string[] DurationFormats = [@"h\:mm", @"hh\:mm", @"h\:mm\:ss", @"hh\:mm\:ss"];

    private static readonly string[] TrueWords = ["true", "yes", "y", "1"];

    private static readonly string[] FalseWords = ["false", "no", "n", "0"];

    /// <summary>True for null, DBNull and text that is empty or only spaces.</summary>
    public static bool IsBlank(object? raw) => raw is null || raw is DBNull || (raw is string text && string.IsNullOrWhiteSpace(text));

    /// <summary>How a value is shown in a message: text as given, numbers and dates invariantly.</summary>
    public static string Show(object? raw) => raw switch
    {
        null => string.Empty,
        string text => text,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Show)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => raw.ToString() ?? string.Empty,
    };

    /// <summary>
    /// The JSON for <paramref name="raw"/> as <paramref name="field"/> takes it, with the number in the
    /// field's own unit for the range check (hours for SleepHours); or null and the problem in words.
    /// </summary>
    public static WellnessValue? Read(WellnessField field, object raw, out string? problem)
    {
        problem = null;
        if (raw is System.Collections.IEnumerable and not string)
        {
            // -Weight 70,5 on a command line is the list 70 and 5, not a decimal comma.
            problem = Format(WellnessMessages.IssueSeveralValues, field.Name, Show(raw));
            return null;
        }

        switch (field.Kind)
        {
            case WellnessFieldKind.Text:
                var text = raw is string given ? given.Trim() : Show(raw);
                return new WellnessValue(field, JsonValue.Create(text), null, Show(raw));

            case WellnessFieldKind.Choice:
                var word = Show(raw).Trim().ToUpperInvariant();
                if (field.Choices.Contains(word, StringComparer.Ordinal))
                {
                    return new WellnessValue(field, JsonValue.Create(word), null, Show(raw));
                }

                problem = Format(WellnessMessages.IssueNotAChoice, field.Name, Show(raw), string.Join(", ", field.Choices));
                return null;

            case WellnessFieldKind.Flag:
                if (TryReadFlag(raw, out var flag))
                {
                    return new WellnessValue(field, JsonValue.Create(flag), null, Show(raw));
                }

                problem = Format(WellnessMessages.IssueNotAFlag, field.Name, Show(raw));
                return null;

            default:
                return ReadNumber(field, raw, out problem);
        }
    }

    /// <summary>
    /// A custom field's value: a number when it reads as one (unambiguously), true/false as booleans,
    /// anything else as text; a JSON value from a record as it is.
    /// </summary>
    public static JsonNode? ReadCustom(object raw)
    {
        switch (raw)
        {
            case JsonElement element:
                return element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText());
            case JsonNode node:
                return node.DeepClone();
            case bool flag:
                return JsonValue.Create(flag);
            case string text:
                var trimmed = text.Trim();
                return TryParseNumber(trimmed, out var parsed, out _) ? JsonValue.Create(parsed) : JsonValue.Create(trimmed);
            default:
                return TryConvertNumber(raw, out var number) ? JsonValue.Create(number) : JsonValue.Create(Show(raw));
        }
    }

    /// <summary>
    /// Culture-invariant decimal text: an optional sign, digits, one '.' or one ',' as the decimal mark.
    /// No thousands separators, exponents, units or spaces inside. <paramref name="ambiguous"/> is true
    /// for a single comma followed by exactly three digits ("1,234"), which may be either.
    /// </summary>
    public static bool TryParseNumber(string text, out double value, out bool ambiguous)
    {
        value = 0;
        ambiguous = false;
        var commas = text.Count(c => c == ',');
        if (commas > 1 || (commas == 1 && text.Contains('.', StringComparison.Ordinal)))
        {
            return false;
        }

        if (commas == 1)
        {
            var decimals = text.Length - text.IndexOf(',', StringComparison.Ordinal) - 1;
            if (decimals == 3)
            {
                ambiguous = true;
                return false;
            }

            text = text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static WellnessValue? ReadNumber(WellnessField field, object raw, out string? problem)
    {
        problem = null;
        var isSleep = field.ApiName == WellnessFields.SleepSecs.ApiName;
        double number;
        if (raw is string text)
        {
            var trimmed = text.Trim();
            if (isSleep && TryParseDuration(trimmed, out var duration))
            {
                // "7:30" is a duration whichever sleep field it is given for.
                number = field.Kind == WellnessFieldKind.Hours ? duration.TotalHours : duration.TotalSeconds;
            }
            else if (field.Kind == WellnessFieldKind.Integer && GroupedWholeNumber().IsMatch(trimmed))
            {
                // A whole-number field has no decimals, so "12,345" steps can only be twelve thousand and more.
                number = double.Parse(trimmed.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            }
            else if (!TryParseNumber(trimmed, out number, out var ambiguous))
            {
                problem = ambiguous
                    ? Format(WellnessMessages.IssueAmbiguousNumber, field.Name, text)
                    : Format(isSleep ? WellnessMessages.IssueNotADuration : WellnessMessages.IssueNotANumber, field.Name, text);
                return null;
            }
        }
        else if (raw is TimeSpan span && isSleep)
        {
            number = field.Kind == WellnessFieldKind.Hours ? span.TotalHours : span.TotalSeconds;
        }
        else if (!TryConvertNumber(raw, out number))
        {
            problem = Format(WellnessMessages.IssueNotANumber, field.Name, Show(raw));
            return null;
        }

        switch (field.Kind)
        {
            case WellnessFieldKind.Hours:
                // Whole seconds, as sleepSecs is an int32.
                return new WellnessValue(field, JsonValue.Create((int)Math.Round(number * 3600, MidpointRounding.AwayFromZero)), number, Show(raw));
            case WellnessFieldKind.Integer when Math.Abs(number - Math.Round(number)) > 1e-9 || Math.Abs(number) > int.MaxValue:
                problem = Format(WellnessMessages.IssueNotWhole, field.Name, Show(raw));
                return null;
            case WellnessFieldKind.Integer:
                return new WellnessValue(field, JsonValue.Create((int)Math.Round(number)), number, Show(raw));
            default:
                return new WellnessValue(field, JsonValue.Create(number), number, Show(raw));
        }
    }

    private static bool TryConvertNumber(object raw, out double number)
    {
        number = 0;
        switch (Type.GetTypeCode(raw.GetType()))
        {
            case TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal:
                number = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
                return double.IsFinite(number);
            default:
                return false;
        }
    }

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        return text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParseExact(text, DurationFormats, CultureInfo.InvariantCulture, out duration);
    }

    private static bool TryReadFlag(object raw, out bool flag)
    {
        flag = false;
        if (raw is bool given)
        {
            flag = given;
            return true;
        }

        var word = Show(raw).Trim();
        if (TrueWords.Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            flag = true;
            return true;
        }

        return FalseWords.Contains(word, StringComparer.OrdinalIgnoreCase);
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GroupedWholeNumber();
}
