using System.Globalization;
using System.Text;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Tests.Json;

/// <summary>The fast path for short decimals must give, bit for bit, the double the full parser gives.</summary>
public sealed class ShortDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("8.564")]
    [InlineData("121299.1")]
    [InlineData("-3.5")]
    [InlineData("0.1")]
    [InlineData("0.000001234")]
    [InlineData("999999999999999")]
    [InlineData("99999999999999.9")]
    [InlineData("0.30000000000000")]
    [InlineData("72.5")]
    [InlineData("1.07")]
    public void ShortDecimals_AreTheFullParsersDouble(string text)
    {
        Assert.True(ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void RandomDecimals_OfEveryPrecision_AreTheFullParsersDouble()
    {
        var random = new Random(2026);
        var checkedCount = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var number = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 12));
            var text = number.ToString("F" + random.Next(0, 10), CultureInfo.InvariantCulture);
            if (!ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var value))
            {
                Assert.True(text.Count(char.IsAsciiDigit) > 15, $"'{text}' was refused");
                continue;
            }

            checkedCount++;
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
        }

        Assert.True(checkedCount > 150_000, $"only {checkedCount} took the fast path");
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1.5E-3")]
    [InlineData("1234567890123456")]
    [InlineData("0.1234567890123456")]
    [InlineData("")]
    [InlineData("-")]
    public void ExponentsAndLongNumbers_AreLeftToTheFullParser(string text)
    {
        Assert.False(ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }
}
