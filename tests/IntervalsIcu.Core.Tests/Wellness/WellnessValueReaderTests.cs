using System.Globalization;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>Values are read the same on every machine: a point is a decimal point, blank is nothing, and guesses are refused.</summary>
public sealed class WellnessValueReaderTests
{
    [Theory]
    [InlineData("70.5", 70.5)]
    [InlineData(" 70.5 ", 70.5)]
    [InlineData("70,5", 70.5)]
    [InlineData("70,25", 70.25)]
    [InlineData("+70", 70.0)]
    [InlineData("70", 70.0)]
    [InlineData(".5", 0.5)]
    public void Number_IsReadInvariantly_OnAGermanMachineToo(string text, double expected)
    {
        using var culture = new CultureScope("de-DE");

        var value = WellnessValueReader.Read(WellnessFields.Weight, text, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, WellnessDiff.Number(value!.Json));
    }

    [Theory]
    [InlineData("1,234", "ambiguous")]
    [InlineData("1.234,5", "not a number")]
    [InlineData("1,234.5", "not a number")]
    [InlineData("70.5 kg", "not a number")]
    [InlineData("7e1", "not a number")]
    [InlineData("NaN", "not a number")]
    [InlineData("seventy", "not a number")]
    public void Number_ThatCouldBeMisread_IsRefusedNamingFieldAndValue(string text, string reason)
    {
        var value = WellnessValueReader.Read(WellnessFields.Weight, text, out var problem);

        Assert.Null(value);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Contains("Weight", problem, StringComparison.Ordinal);
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_IsNoValue(string? text)
    {
        Assert.True(WellnessValueReader.IsBlank(text));
    }

    [Theory]
    [InlineData("48", 48)]
    [InlineData("48.0", 48)]
    [InlineData(48.0, 48)]
    [InlineData(48L, 48)]
    public void Integer_AcceptsWholeNumbersInAnyForm(object given, int expected)
    {
        var value = WellnessValueReader.Read(WellnessFields.Find("RestingHR")!, given, out var problem);

        Assert.Null(problem);
        Assert.Equal("" + expected, value!.Json.ToJsonString());
    }

    [Theory]
    [InlineData("12,345", 12345)]
    [InlineData("1,234,567", 1234567)]
    public void Steps_WithThousandsSeparators_AreWholeNumbers_NotAmbiguous(string given, int expected)
    {
        var value = WellnessValueReader.Read(WellnessFields.Find("Steps")!, given, out var problem);

        Assert.Null(problem);
        Assert.Equal("" + expected, value!.Json.ToJsonString());
    }

    [Fact]
    public void Integer_RefusesAFraction()
    {
        Assert.Null(WellnessValueReader.Read(WellnessFields.Find("RestingHR")!, "48.5", out var problem));
        Assert.Contains("whole number", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SleepHours", "7.5", 27000)]
    [InlineData("SleepHours", "7:30", 27000)]
    [InlineData("SleepHours", 8, 28800)]
    [InlineData("SleepSecs", "7:30", 27000)]
    [InlineData("SleepSecs", "27000", 27000)]
    public void Sleep_TakesHoursSecondsOrADuration_AndSendsWholeSeconds(string field, object given, int seconds)
    {
        var value = WellnessValueReader.Read(WellnessFields.Find(field)!, given, out var problem);

        Assert.Null(problem);
        Assert.Equal("sleepSecs", value!.Field.ApiName);
        Assert.Equal("" + seconds, value.Json.ToJsonString());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData(true, true)]
    public void Flag_TakesTheUsualSpellings(object given, bool expected)
    {
        var value = WellnessValueReader.Read(WellnessFields.Locked, given, out _);

        Assert.Equal(expected ? "true" : "false", value!.Json.ToJsonString());
    }

    [Fact]
    public void Flag_RefusesAnythingElse()
    {
        Assert.Null(WellnessValueReader.Read(WellnessFields.Locked, "maybe", out var problem));
        Assert.Contains("true or false", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_IsCaseInsensitiveAndSentUpperCase()
    {
        var field = WellnessFields.Find("MenstrualPhase")!;

        Assert.Equal("\"LUTEAL\"", WellnessValueReader.Read(field, "luteal", out _)!.Json.ToJsonString());
        Assert.Null(WellnessValueReader.Read(field, "late", out var problem));
        Assert.Contains("PERIOD", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("12.5", "12.5")]
    [InlineData("legs heavy", "\"legs heavy\"")]
    [InlineData("1,234", "\"1,234\"")]
    public void CustomValue_IsANumberWhenItReadsAsOne_ElseText(string given, string json)
    {
        Assert.Equal(json, WellnessValueReader.ReadCustom(given)!.ToJsonString());
    }
}
