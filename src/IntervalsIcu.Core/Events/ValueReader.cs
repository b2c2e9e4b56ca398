using System.Globalization;

namespace IntervalsIcu.Core.Events;

/// <summary>Culture-invariant reads of numbers, durations and booleans from CSV text or typed values; blank is "not given".</summary>
internal static class ValueReader
{
    public static bool IsBlank(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    public static bool TryInt(object? value, out int number)
    {
        number = 0;
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long or short or byte or double or float or decimal:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                number = (int)Math.Round(d);
                return d == Math.Round(d) && Math.Abs(d) <= int.MaxValue;
            case string text:
                return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    public static bool TryDouble(object? value, out double number)
    {
        number = 0;
        switch (value)
        {
            case string text:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            case int or long or short or byte or double or float or decimal:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Seconds (3600), h:mm:ss (1:00:00), m:ss (45:00), or a TimeSpan.</summary>
    public static bool TrySeconds(object? value, out int seconds)
    {
        seconds = 0;
        if (value is TimeSpan span)
        {
            seconds = (int)span.TotalSeconds;
            return span >= TimeSpan.Zero;
        }

        if (TryInt(value, out seconds))
        {
            return seconds >= 0;
        }

        if (value is not string text)
        {
            return false;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(part => !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var numbers = parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        seconds = numbers.Length == 3 ? (numbers[0] * 3600) + (numbers[1] * 60) + numbers[2] : (numbers[0] * 60) + numbers[1];
        return true;
    }

    public static bool TryBool(object? value, out bool flag)
    {
        flag = false;
        switch (value)
        {
            case bool b:
                flag = b;
                return true;
            case int i when i is 0 or 1:
                flag = i == 1;
                return true;
            case string text:
                var word = text.Trim().ToLowerInvariant();
                flag = word is "true" or "1" or "yes" or "y";
                return flag || word is "false" or "0" or "no" or "n";
            default:
                return false;
        }
    }
}
