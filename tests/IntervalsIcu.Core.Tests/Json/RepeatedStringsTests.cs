using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Tests.Json;

public sealed class RepeatedStringsTests
{
    [Fact]
    public void AValueThatRepeats_IsTheSameStringInstance()
    {
        var values = ReadAll("""["GARMIN_CONNECT","Ride","GARMIN_CONNECT","Ride"]""");

        Assert.Equal(["GARMIN_CONNECT", "Ride", "GARMIN_CONNECT", "Ride"], values);
        Assert.Same(values[0], values[2]);
        Assert.Same(values[1], values[3]);
    }

    [Fact]
    public void AfterTheBlock_NothingIsKept_AndOutsideOneNothingIsShared()
    {
        var first = ReadAll("""["GARMIN_CONNECT"]""");
        var second = ReadAll("""["GARMIN_CONNECT"]""");
        var outside = ReadAll(Encoding.UTF8.GetBytes("""["GARMIN_CONNECT","GARMIN_CONNECT"]"""), share: false);

        Assert.NotSame(first[0], second[0]);
        Assert.Equal("GARMIN_CONNECT", outside[0]);
        Assert.NotSame(outside[0], outside[1]);
    }

    [Fact]
    public void ManyDifferentValues_AreEachReadAsThemselves()
    {
        // Far more distinct values than slots: every value is still its own text, whatever it replaced.
        var texts = Enumerable.Range(0, 5_000).Select(i => "Ride " + i).ToList();
        var json = JsonSerializer.Serialize(texts.Concat(texts).ToList());

        Assert.Equal(texts.Concat(texts), ReadAll(json));
    }

    [Fact]
    public void EscapedLongAndNonAsciiValues_AreReadAsTheReaderReadsThem()
    {
        var texts = new[] { "Z\u00fcrich", "caf\\u00e9 \\\"ride\\\"", new string('x', 33), "\u65e5\u672c", string.Empty };
        var json = "[" + string.Join(",", texts.Select(t => "\"" + t + "\"")) + "]";

        Assert.Equal(JsonSerializer.Deserialize<List<string>>(json)!, ReadAll(json));
        Assert.Equal(JsonSerializer.Deserialize<List<string>>(json)!, ReadAll(json));
    }

    [Fact]
    public void InvalidUtf8_FailsAsItDoesWithoutTheTable()
    {
        var bytes = new byte[] { (byte)'[', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)']' };

        Assert.ThrowsAny<Exception>(() => ReadAll(bytes));
        Assert.ThrowsAny<Exception>(() => ReadAll(bytes));
    }

    private static List<string> ReadAll(string json) => ReadAll(Encoding.UTF8.GetBytes(json));

    /// <summary>The values of one block, decoded as JsonArrayStream decodes a block (sharing repeated values) unless told not to.</summary>
    private static List<string> ReadAll(byte[] json, bool share = true)
    {
        using var scope = share ? RepeatedStrings.Share() : default;
        var values = new List<string>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(RepeatedStrings.Read(ref reader));
            }
        }

        return values;
    }
}
