using System.Text.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>Lists of strings and numbers are read token by token; they must read what the serializer read.</summary>
public sealed class IcuListDecodeTests
{
    [Fact]
    public void ScalarLists_ReadNumbersStringsAndNumbersInStrings_AsTheSerializerDid()
    {
        var activity = Decode("""{"id":"i1","icu_hr_zones":[120,"140",160],"tags":["race",null,"A"],"icu_zone_times":[{"id":"Z1","secs":60}]}""");

        Assert.Equal([120, 140, 160], activity.IcuHrZones!);
        Assert.Equal(["race", null, "A"], activity.Tags!);
        Assert.Equal("Z1", Assert.Single(activity.IcuZoneTimes!).Id);
        Assert.Equal(60, activity.IcuZoneTimes![0].Secs);
    }

    [Fact]
    public void ScalarLists_EmptyOrNull_AreEmptyAndNull()
    {
        var activity = Decode("""{"id":"i1","icu_hr_zones":[],"tags":null}""");

        Assert.Empty(activity.IcuHrZones!);
        Assert.Null(activity.Tags);
    }

    [Theory]
    [InlineData("""{"icu_hr_zones":[120,"fast"]}""")]
    [InlineData("""{"icu_hr_zones":[120,null]}""")]
    [InlineData("""{"icu_hr_zones":[120.5]}""")]
    [InlineData("""{"icu_hr_zones":{"z":1}}""")]
    [InlineData("""{"tags":[1]}""")]
    public void ScalarLists_WithAValueOfTheWrongKind_AreAJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => Decode(json));

    private static IcuActivity Decode(string json) =>
        JsonSerializer.Deserialize(json, IntervalsIcu.Core.Json.IcuModelJsonContext.Default.IcuActivity)!;
}
