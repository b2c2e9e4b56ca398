using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Json;

namespace IntervalsIcu.Core.Tests.Json;

public sealed class JsonPropertyTableTests
{
    [Fact]
    public void Names_InAnyOrder_AreFoundAndUnknownNamesAreUnknown()
    {
        var table = new JsonPropertyTable("id", "type", "name", "distance");

        Assert.Equal([0, 1, 2, 3], Match(table, """{"id":1,"type":1,"name":1,"distance":1}"""));
        Assert.Equal([3, 2, JsonPropertyTable.Unknown, 1, 0], Match(table, """{"distance":1,"name":1,"SWOLF":1,"type":1,"id":1}"""));
        Assert.Equal([0, 1, 2, 3], Match(table, """{"id":1,"type":1,"name":1,"distance":1}"""));
        Assert.Equal([1, 3], Match(table, """{"type":1,"distance":1}"""));
    }

    [Fact]
    public void EscapedNames_AreMatchedUnescaped()
    {
        var table = new JsonPropertyTable("id", "icu_ftp");

        Assert.Equal([1, 0], Match(table, """{"icu_\u0066tp":1,"\u0069d":1}"""));
    }

    [Fact]
    public void NamesThatDifferOnlyInCaseOrLength_AreNotMatched()
    {
        var table = new JsonPropertyTable("id", "type");

        Assert.Equal([JsonPropertyTable.Unknown, JsonPropertyTable.Unknown, JsonPropertyTable.Unknown], Match(table, """{"ID":1,"types":1,"a_very_long_name_that_no_model_has":1}"""));
    }

    private static List<int> Match(JsonPropertyTable table, string json)
    {
        var found = new List<int>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var previous = table.Start;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                found.Add(table.Match(ref reader, ref previous));
            }
        }

        return found;
    }
}
