using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>Objects given to -InputObject directly are read like PowerShell binds piped ones: by name, then alias, any case.</summary>
public sealed class WellnessPropertyMatcherTests
{
    [Fact]
    public void Fields_MatchNamesAndAliases_NameFirst_OthersIgnored()
    {
        var properties = new Dictionary<string, object?>
        {
            ["weight_kg"] = "71.0",
            ["WEIGHT"] = "70.5",
            ["rhr"] = "48",
            ["Source"] = "scale",
            ["sleep_hours"] = "7.5",
        };

        var fields = WellnessPropertyMatcher.Fields(properties);

        Assert.Equal(new Dictionary<string, object?> { ["Weight"] = "70.5", ["RestingHR"] = "48", ["SleepHours"] = "7.5" }, fields);
    }

    [Fact]
    public void Date_IsDateThenIdThenDay()
    {
        Assert.Equal("2026-11-20", WellnessPropertyMatcher.Date([new("Id", "2026-11-20"), new("Day", "2026-11-21")]));
        Assert.Equal("2026-11-22", WellnessPropertyMatcher.Date([new("Id", "2026-11-20"), new("date", "2026-11-22")]));
        Assert.Null(WellnessPropertyMatcher.Date([new("When", "2026-11-20")]));
    }

    [Fact]
    public void ACommandLineList_IsRefused_NotReadAsADecimalComma()
    {
        Assert.Null(WellnessValueReader.Read(WellnessFields.Weight, new object[] { 70, 5 }, out var problem));
        Assert.Contains("several values (70, 5)", problem, StringComparison.Ordinal);
    }
}
