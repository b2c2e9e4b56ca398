using System.Globalization;
using System.Text.Json;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>The usual date shapes are read from the bytes; they must give exactly what the lenient text path gives.</summary>
public sealed class DateFastPathTests
{
    private static readonly JsonSerializerOptions Instants = new() { Converters = { new LenientDateTimeOffsetConverter() } };
    private static readonly JsonSerializerOptions WallClocks = new() { Converters = { new LocalDateTimeConverter() } };

    /// <param name="written">The JSON string's content as the server writes it (escapes included).</param>
    /// <param name="text">The same text unescaped, as the lenient text path parses it.</param>
    [Theory]
    [InlineData("2026-12-06T19:00:00Z", "2026-12-06T19:00:00Z")]
    [InlineData("2026-12-06T19:00:00.123Z", "2026-12-06T19:00:00.123Z")]
    [InlineData("2026-12-06T19:00:00+00:00", "2026-12-06T19:00:00+00:00")]
    [InlineData("2026-12-06T19:00:00-05:30", "2026-12-06T19:00:00-05:30")]
    [InlineData("2026-12-06T19:00:00+0000", "2026-12-06T19:00:00+0000")]
    [InlineData("2026-12-06T19:00:00", "2026-12-06T19:00:00")]
    [InlineData("2026-12-06", "2026-12-06")]
    [InlineData("2026-12-06T19:00:00.000\\u002B00:00", "2026-12-06T19:00:00.000+00:00")]
    [InlineData("2026-12-06T19:00:00\\u002B05:30", "2026-12-06T19:00:00+05:30")]
    [InlineData("2026-12-06T19:00:00\\u002b0000", "2026-12-06T19:00:00+0000")]
    [InlineData("2026\\u002D12-06T19:00:00Z", "2026-12-06T19:00:00Z")]
    public void Instant_ReadsAsTheLenientTextPathDoes(string written, string text)
    {
        Assert.True(LenientDateTimeOffsetConverter.TryParse(text, out var expected));

        var read = JsonSerializer.Deserialize<DateTimeOffset?>($"\"{written}\"", Instants);

        Assert.Equal(expected, read);
        Assert.Equal(expected.Offset, read!.Value.Offset);
    }

    [Theory]
    [InlineData("2026-12-06T07:30:00", "2026-12-06T07:30:00")]
    [InlineData("2026-12-06T07:30:00.5", "2026-12-06T07:30:00.5")]
    [InlineData("2026-12-06", "2026-12-06T00:00:00")]
    [InlineData("2026-12-06T07:30", "2026-12-06T07:30:00")]
    [InlineData("2026-12-06T07:30:00+01:00", "2026-12-06T07:30:00")]
    [InlineData("2026-12-06T07:30:00Z", "2026-12-06T07:30:00")]
    [InlineData("2026\\u002D12-06T07:30:00", "2026-12-06T07:30:00")]
    [InlineData("2026-12-06T07:30:00\\u002B01:00", "2026-12-06T07:30:00")]
    public void WallClock_KeepsTheTimeItNames_AsUnspecified(string written, string expected)
    {
        var read = JsonSerializer.Deserialize<DateTime?>($"\"{written}\"", WallClocks)!.Value;

        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), read);
        Assert.Equal(DateTimeKind.Unspecified, read.Kind);
    }
}
