namespace IntervalsIcu.Core.Json;

/// <summary>
/// The numbers an activity is full of (<c>8.564</c>, <c>121299.1</c>, <c>-3.5</c>): at most 15 digits, no
/// exponent. Their digits as an integer divided by a power of ten give exactly the double a full parser gives
/// (both are exact doubles and IEEE division rounds correctly: Clinger's fast path), at a fraction of its
/// cost. Anything else is left to the full parser.
/// </summary>
internal static class ShortDecimal
{
    private const int MaxDigits = 15; // below 2^53, so the integer is exact

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    /// <summary>Parses a JSON number token's bytes (already validated by the reader); false when it is not such a short decimal.</summary>
    public static bool TryParse(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        var index = 0;
        var negative = number.Length > 0 && number[0] == (byte)'-';
        if (negative)
        {
            index = 1;
        }

        ulong digits = 0;
        var digitCount = 0;
        var fractionDigits = -1;
        for (; index < number.Length; index++)
        {
            var digit = (uint)(number[index] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                if (++digitCount > MaxDigits)
                {
                    return false;
                }

                if (fractionDigits >= 0)
                {
                    fractionDigits++;
                }
            }
            else if (number[index] == (byte)'.' && fractionDigits < 0)
            {
                fractionDigits = 0;
            }
            else
            {
                return false; // an exponent
            }
        }

        if (digitCount == 0)
        {
            return false;
        }

        value = fractionDigits > 0 ? digits / PowersOfTen[fractionDigits] : digits;
        if (negative)
        {
            value = -value;
        }

        return true;
    }
}
