using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>
/// An object's properties (a CSV row's columns) are read like PowerShell binds piped ones (name, then
/// alias, any case), then by the header spellings apps write; what names no field is returned, never dropped.
/// </summary>
public sealed class WellnessPropertyMatcherTests
{
    [Fact]
    public void Match_NamesAndAliases_NameFirst()
    {
        var match = WellnessPropertyMatcher.Match(new Dictionary<string, object?>
        {
            ["weight_kg"] = "71.0",
            ["WEIGHT"] = "70.5",
            ["rhr"] = "48",
            ["sleep_hours"] = "7.5",
        });

        Assert.Equal(new Dictionary<string, object?> { ["Weight"] = "70.5", ["RestingHR"] = "48", ["SleepHours"] = "7.5" }, match.Fields);
        Assert.Equal(["weight_kg"], match.Unused.Select(column => column.Name));
        Assert.Equal("Weight", match.Unused[0].Suggestion);
    }

    [Fact]
    public void Match_Date_IsDateThenIdThenDay()
    {
        Assert.Equal("2026-11-20", WellnessPropertyMatcher.Match([new("Id", "2026-11-20"), new("Day", "2026-11-21")]).Date);
        Assert.Equal("2026-11-22", WellnessPropertyMatcher.Match([new("Id", "2026-11-20"), new("date", "2026-11-22")]).Date);
        Assert.Null(WellnessPropertyMatcher.Match([new("When", "2026-11-20")]).Date);
    }

    [Fact]
    public void Match_TypoAndUnitHeaders_ReadTheUnambiguousOnes_AndNameTheRestWithTheClosestField()
    {
        var match = WellnessPropertyMatcher.Match([new("Date", "2026-11-20"), new("Wieght", "70.5"), new("Resting HR", "48"), new("HRV (ms)", "61"), new("Sleep", "7.5")]);

        Assert.Equal(new Dictionary<string, object?> { ["RestingHR"] = "48", ["Hrv"] = "61" }, match.Fields);
        Assert.Equal("'Wieght' → Weight?, 'Sleep' → SleepHours (7.5 or 7:30) or SleepSecs?", string.Join(", ", match.Unused));
    }

    [Fact]
    public void Match_GarminHeaders_AreReadWithTheirUnits()
    {
        var match = WellnessPropertyMatcher.Match([new("Weight (kg)", "70.5"), new("Resting Heart Rate", "48"), new("Body Fat %", "12.5"), new("Sleep Duration", "7:30")]);

        Assert.Equal(new Dictionary<string, object?> { ["Weight"] = "70.5", ["RestingHR"] = "48", ["BodyFat"] = "12.5" }, match.Fields);
        Assert.Equal(["Sleep Duration"], match.Unused.Select(column => column.Name));
    }

    [Fact]
    public void Match_ServerComputedColumnsOfAnExport_AreNotUnused()
    {
        var match = WellnessPropertyMatcher.Match([new("Id", "2026-11-20"), new("Ctl", "50"), new("RampRate", "1.2"), new("Updated", "x"), new("SportInfoText", "x"), new("Weight", "70")]);

        Assert.Empty(match.Unused);
    }

    [Theory]
    [InlineData("Weight (kg)", "Weight")]
    [InlineData("weight kg", "Weight")]
    [InlineData("RESTING_HR", "RestingHR")]
    [InlineData("Resting HR (bpm)", "RestingHR")]
    [InlineData("Avg Sleeping HR", "AvgSleepingHR")]
    [InlineData("Body-Fat [%]", "BodyFat")]
    [InlineData("HRV (ms)", "Hrv")]
    [InlineData("Sleep (h)", "SleepHours")]
    [InlineData("Sleep Duration (hours)", "SleepHours")]
    [InlineData("Sleep (s)", "SleepSecs")]
    [InlineData("Sleep Hours", "SleepHours")]
    [InlineData("Steps", "Steps")]
    [InlineData("Blood Pressure Systolic", null)]
    [InlineData("Systolic (mmHg)", "Systolic")]
    public void Headers_Resolve_CaseSpacesUnderscoresAndTheFieldsOwnUnit(string header, string? field)
    {
        Assert.Equal(field, WellnessHeaders.Resolve(header, out _)?.Name);
    }

    [Theory]
    [InlineData("Weight (lbs)", "Weight in kg")]
    [InlineData("Wieght", "Weight")]
    [InlineData("Sleep", "SleepHours (7.5 or 7:30) or SleepSecs")]
    [InlineData("Sleep (min)", "SleepHours (7.5 or 7:30) or SleepSecs")]
    [InlineData("Mood (1-5)", "Mood")]
    [InlineData("Favourite colour", null)]
    public void Headers_ThatAreNotUnambiguous_AreRefused_WithTheClosestField(string header, string? suggestion)
    {
        Assert.Null(WellnessHeaders.Resolve(header, out var given));
        Assert.Equal(suggestion, given);
    }

    [Fact]
    public void ACommandLineList_IsRefused_NotReadAsADecimalComma()
    {
        Assert.Null(WellnessValueReader.Read(WellnessFields.Weight, new object[] { 70, 5 }, out var problem));
        Assert.Contains("several values (70, 5)", problem, StringComparison.Ordinal);
    }
}
