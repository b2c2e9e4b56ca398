using System.Globalization;
using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Tests.Json;

/// <summary>The plain date shape read from the bytes must give exactly what the reader's ISO 8601 parser gives.</summary>
public sealed class IsoDateBytesTests
{
    [Fact]
    public void RandomPlainDates_AreWhatTheReadersParserReads()
    {
        var random = new Random(2026);
        for (var i = 0; i < 50_000; i++)
        {
            var year = random.Next(2, 9999);
            var month = random.Next(1, 13);
            var moment = new DateTime(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1), random.Next(24), random.Next(60), random.Next(60));
            var fraction = random.Next(8) switch
            {
                0 => string.Empty,
                var digits => "." + random.Next(0, (int)Math.Pow(10, digits)).ToString("D" + digits, CultureInfo.InvariantCulture),
            };
            var offset = random.Next(4) switch
            {
                0 => string.Empty,
                1 => "Z",
                2 => "+" + random.Next(14).ToString("D2", CultureInfo.InvariantCulture) + ":" + random.Next(60).ToString("D2", CultureInfo.InvariantCulture),
                _ => "-" + random.Next(14).ToString("D2", CultureInfo.InvariantCulture) + ":" + (random.Next(4) * 15).ToString("D2", CultureInfo.InvariantCulture),
            };
            AssertSameAsReader(moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + fraction + offset);
        }
    }

    [Theory]
    [InlineData("2026-12-06T07:30:00")]
    [InlineData("2026-12-06T07:30:00.5")]
    [InlineData("2026-12-06T07:30:00.1234567")]
    [InlineData("2026-01-01T22:00:00.000+00:00")]
    [InlineData("2026-01-01T20:00:00Z")]
    [InlineData("2024-02-29T23:59:59-05:30")]
    [InlineData("0002-01-01T00:00:00+13:59")]
    public void PlainShapes_AreReadFromTheBytes(string text)
    {
        Assert.True(IsoDateBytes.TryParse(Encoding.ASCII.GetBytes(text), out _, out _));
        AssertSameAsReader(text);
    }

    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2026-12-06T07:30")]
    [InlineData("2026-12-06T07:30:00.12345678")]
    [InlineData("2026-12-06T07:30:00.")]
    [InlineData("2026-12-06T07:30:00+0000")]
    [InlineData("2026-12-06T07:30:00+14:00")]
    [InlineData("2026-12-06T07:30:00 ")]
    [InlineData("2026-02-30T07:30:00")]
    [InlineData("2025-02-29T07:30:00")]
    [InlineData("2026-13-06T07:30:00")]
    [InlineData("2026-12-06T24:00:00")]
    [InlineData("2026-12-06T07:60:00")]
    [InlineData("2026-12-06T07:30:60")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2026/12/06T07:30:00")]
    [InlineData("2026-12-06t07:30:00")]
    [InlineData("2026-12-06T07:30:00ZZ")]
    public void EverythingElse_IsLeftToTheReadersParser(string text)
    {
        Assert.False(IsoDateBytes.TryParse(Encoding.ASCII.GetBytes(text), out _, out _));
    }

    private static void AssertSameAsReader(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Assert.True(IsoDateBytes.TryParse(bytes, out var wallClock, out var offset), text);

        var reader = new Utf8JsonReader(Encoding.ASCII.GetBytes("\"" + text + "\""));
        reader.Read();
        if (offset is { } known)
        {
            Assert.True(reader.TryGetDateTimeOffset(out var expected), text);
            Assert.Equal(expected, new DateTimeOffset(wallClock, known));
            Assert.Equal(expected.Offset, known);
        }
        else
        {
            Assert.True(reader.TryGetDateTime(out var expected), text);
            Assert.Equal(expected, wallClock);
            Assert.Equal(expected.Kind, wallClock.Kind);
        }
    }
}
