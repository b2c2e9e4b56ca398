using System.Reflection;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Wellness;

namespace IntervalsIcu.Core.Tests.Wellness;

/// <summary>The field table covers the spec's writable fields, and its names and aliases can all be PowerShell parameter names at once.</summary>
public sealed class WellnessFieldsTests
{
    [Fact]
    public void EveryWritableSpecField_HasAnEntry_AndNoEntryIsServerOwned()
    {
        var specNames = typeof(IcuWellness).GetProperties()
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var writable = specNames.Where(name => !WellnessFields.ServerApiNames.Contains(name)).Order(StringComparer.Ordinal);

        Assert.Equal(35, writable.Count());
        Assert.Equal(writable, WellnessFields.All.Where(field => !field.IsConvenience).Select(field => field.ApiName).Order(StringComparer.Ordinal));
        Assert.All(WellnessFields.ServerApiNames, name => Assert.Contains(name, specNames));
    }

    [Fact]
    public void NamesAndAliases_AreUniqueIgnoringCase_SoEachCanBeAParameterNameOrAlias()
    {
        // The cmdlet's other parameters and PowerShell's common parameters with their aliases share the namespace.
        string[] others =
        [
            "Date", "Id", "Day", "InputObject", "CustomField", "Clear", "Mode", "Force", "PassThru", "Session", "WhatIf", "wi", "Confirm", "cf",
            "Verbose", "vb", "Debug", "db", "ErrorAction", "ea", "WarningAction", "wa", "InformationAction", "infa", "ProgressAction", "proga",
            "ErrorVariable", "ev", "WarningVariable", "wv", "InformationVariable", "iv", "OutVariable", "ov", "OutBuffer", "ob", "PipelineVariable", "pv",
        ];
        var all = WellnessFields.All.SelectMany(field => field.Aliases.Prepend(field.Name)).Concat(others).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("restingHR", "RestingHR")]
    [InlineData("resting_hr", "RestingHR")]
    [InlineData("RHR", "RestingHR")]
    [InlineData("HRV", "Hrv")]
    [InlineData("rmssd", "Hrv")]
    [InlineData("sleepSecs", "SleepSecs")]
    [InlineData("sleep_hours", "SleepHours")]
    [InlineData("body_fat", "BodyFat")]
    public void Find_TakesTheApiNameAnAliasOrAnyCase(string name, string expected)
    {
        Assert.Equal(expected, WellnessFields.Find(name)?.Name);
    }

    [Fact]
    public void ResolveClear_MapsNamesAndSleepHours_AndRefusesWhatCannotBeCleared()
    {
        Assert.Equal(["weight", "restingHR", "sleepSecs"], WellnessFields.ResolveClear(["Weight", "rhr", "SleepHours", "sleepSecs", " "]).Select(field => field.ApiName));

        var error = Assert.Throws<IcuWellnessUnknownFieldException>(() => WellnessFields.ResolveClear(["Comments"]));
        Assert.Equal("IcuWellnessUnknownField", error.ErrorId);
        Assert.Contains("RestingHR", error.FixHint, StringComparison.Ordinal);
        Assert.Throws<IcuWellnessUnknownFieldException>(() => WellnessFields.ResolveClear(["Wieght"]));
    }

    [Theory]
    [InlineData("BodyBattery", true)]
    [InlineData("HRV4T", true)]
    [InlineData("bodyBattery", false)]
    [InlineData("Body Battery", false)]
    [InlineData("X", false)]
    public void CustomCode_FollowsTheWebAppsRule(string code, bool valid)
    {
        Assert.Equal(valid, WellnessFields.IsValidCustomCode(code));
    }

    [Fact]
    public void ErrorIds_ArePascalCaseAndPrefixed()
    {
        var ids = typeof(WellnessErrorIds).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToList();

        Assert.Equal(12, ids.Count);
        Assert.All(ids, id => Assert.Matches("^IcuWellness[A-Z][A-Za-z]+$", id));
    }
}
