namespace IntervalsIcu.Core.Json;

/// <summary>
/// The one date shape the API sends in every list, <c>yyyy-MM-ddTHH:mm:ss</c> with an optional fraction of up to
/// seven digits and an optional <c>Z</c> or <c>±hh:mm</c>, read straight from its bytes: a tenth of what the
/// reader's general ISO 8601 parser costs for it (an activity has four or five dates). Anything else, and any
/// value out of the plain ranges, is left to that parser, so the results are the same.
/// </summary>
internal static class IsoDateBytes
{
    /// <summary>
    /// The date-time written in <paramref name="text"/> (kind Unspecified) and its offset, null when the text has
    /// none; false when the text is not in the plain shape.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime wallClock, out TimeSpan? offset)
    {
        wallClock = default;
        offset = null;
        if (text.Length < 19
            || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second)
            || year < 2 || year > 9998 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var index = 19;
        long fractionTicks = 0;
        if (index < text.Length && text[index] == (byte)'.')
        {
            var start = ++index;
            var scale = TimeSpan.TicksPerSecond;
            while (index < text.Length && (uint)(text[index] - '0') <= 9)
            {
                scale /= 10;
                if (scale == 0)
                {
                    return false; // more than seven digits: the general parser decides how they round
                }

                fractionTicks += (text[index] - '0') * scale;
                index++;
            }

            if (index == start)
            {
                return false;
            }
        }

        if (index < text.Length)
        {
            if (text[index] == (byte)'Z' && index == text.Length - 1)
            {
                offset = TimeSpan.Zero;
            }
            else if (index == text.Length - 6 && (text[index] == (byte)'+' || text[index] == (byte)'-') && text[index + 3] == (byte)':'
                && TryDigits(text, index + 1, 2, out var offsetHours) && TryDigits(text, index + 4, 2, out var offsetMinutes)
                && offsetHours <= 13 && offsetMinutes <= 59)
            {
                var size = new TimeSpan(offsetHours, offsetMinutes, 0);
                offset = text[index] == (byte)'-' ? -size : size;
            }
            else
            {
                return false;
            }
        }

        wallClock = new DateTime(year, month, day, hour, minute, second).AddTicks(fractionTicks);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var index = start; index < start + count; index++)
        {
            var digit = (uint)(text[index] - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
