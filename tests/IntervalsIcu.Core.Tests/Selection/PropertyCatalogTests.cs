using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Selection;

namespace IntervalsIcu.Core.Tests.Selection;

/// <summary>-Property's names: PowerShell and API names, wildcards, computed columns, custom fields, and unknown names.</summary>
public sealed class PropertyCatalogTests
{
    private static readonly Func<IReadOnlyList<string>> NoCodesNeeded = () => throw new InvalidOperationException("custom codes were read for typed names");

    [Theory]
    [InlineData("IcuTrainingLoad")]
    [InlineData("icu_training_load")]
    [InlineData("ICUTRAININGLOAD")]
    [InlineData(" icutrainingload ")]
    public void Select_PowerShellOrApiName_AnyCase_IsTheSameProperty(string name)
    {
        var selection = PropertyCatalog.Activity.Select([name], NoCodesNeeded);

        Assert.Equal(["Id", "StartDateLocal", "Type", "IcuTrainingLoad"], selection.Properties.Select(property => property.Name));
        Assert.Equal("id,start_date_local,type,icu_training_load,source", selection.FieldsQuery);
    }

    [Fact]
    public void Select_KeepsTheOrderGiven_AfterTheIdentityNotNamed_AndEachPropertyOnce()
    {
        var selection = PropertyCatalog.Activity.Select(["Name", "Type", "IcuTrainingLoad", "name", "Distance"], NoCodesNeeded);

        Assert.Equal(["Id", "StartDateLocal", "Name", "Type", "IcuTrainingLoad", "Distance"], selection.Properties.Select(property => property.Name));
    }

    [Fact]
    public void Select_Wildcard_ExpandsAgainstTheModelsProperties()
    {
        var selection = PropertyCatalog.Activity.Select(["IcuHrZoneTimeZ*Secs"], () => ["SWOLF"]);

        Assert.Equal(
            ["Id", "StartDateLocal", "Type", .. Enumerable.Range(1, 7).Select(zone => $"IcuHrZoneTimeZ{zone}Secs")],
            selection.Properties.Select(property => property.Name));
    }

    [Fact]
    public void Select_WildcardOverPower_FindsEveryWattsProperty()
    {
        var names = PropertyCatalog.Activity.Select(["*Watts*"], () => []).Properties.Select(property => property.Name).ToList();

        Assert.Contains("IcuAverageWatts", names);
        Assert.Contains("IcuWeightedAvgWatts", names);
        Assert.All(names.Skip(3), name => Assert.Contains("watts", name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Select_ComputedColumn_AsksForTheArrayItIsReadFrom()
    {
        var selection = PropertyCatalog.Activity.Select(["IcuZoneTimeZ2Secs", "PaceZoneTimeZ1Secs", "IsStravaStub"], NoCodesNeeded);

        Assert.Equal("id,start_date_local,type,icu_zone_times,pace_zone_times,source", selection.FieldsQuery);
    }

    [Fact]
    public void Select_ApiNameOfAnArray_IsTheArrayProperty_NotAColumnComputedFromIt()
    {
        var selection = PropertyCatalog.Activity.Select(["icu_zone_times"], NoCodesNeeded);

        Assert.Equal("IcuZoneTimes", selection.Properties[^1].Name);
    }

    [Fact]
    public void Select_DateProperty_CarriesItsIsoFormat()
    {
        var selection = PropertyCatalog.Activity.Select(["StartDate"], NoCodesNeeded);

        Assert.Equal(DateCells.LocalDateTimeFormat, selection.Properties.Single(property => property.Name == "StartDateLocal").DateFormat);
        Assert.Equal(DateCells.InstantFormat, selection.Properties.Single(property => property.Name == "StartDate").DateFormat);
    }

    [Fact]
    public void Select_CustomActivityField_IsTakenFromTheAthletesCodes_InTheirSpelling()
    {
        var selection = PropertyCatalog.Activity.Select(["swolf"], () => ["SWOLF", "Surface"]);

        var custom = selection.Properties[^1];
        Assert.Equal("SWOLF", custom.Name);
        Assert.True(custom.IsCustomField);
        Assert.Equal("id,start_date_local,type,SWOLF,source", selection.FieldsQuery);
    }

    [Fact]
    public void Select_WildcardOverCustomCodes_FindsThemToo()
    {
        var selection = PropertyCatalog.Activity.Select(["Surf*"], () => ["SWOLF", "Surface"]);

        Assert.Equal("Surface", selection.Properties[^1].Name);
    }

    [Fact]
    public void Select_UnknownNames_FailTogether_NamingTheNearestProperty()
    {
        var failure = Assert.Throws<IcuUnknownPropertyException>(() => PropertyCatalog.Activity.Select(["Name", "icu_trainng_load", "AverageWats", "Nonsense", "*Pwr*"], () => ["SWOLF"]));

        Assert.Equal("IcuUnknownProperty", failure.ErrorId);
        Assert.Equal(["icu_trainng_load", "AverageWats", "Nonsense", "*Pwr*"], failure.Names);
        Assert.Contains("'icu_trainng_load' (did you mean IcuTrainingLoad?)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'Nonsense',", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Get-Member", failure.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_NameNotInTheModelNorTheAthletesCodes_Fails()
    {
        Assert.Throws<IcuUnknownPropertyException>(() => PropertyCatalog.Activity.Select(["BodyBattery"], () => ["SWOLF"]));
    }

    [Fact]
    public void Select_WellnessApiName_AndCodeShapedCustomField()
    {
        var selection = PropertyCatalog.Wellness.Select(["restingHR", "BodyBattery", "SportInfoText"]);

        Assert.Equal(["Id", "RestingHR", "BodyBattery", "SportInfoText"], selection.Properties.Select(property => property.Name));
        Assert.Equal("id,restingHR,BodyBattery,sportInfo", selection.FieldsQuery);
    }

    [Fact]
    public void Select_WellnessTypo_IsNotTakenForACustomField()
    {
        var failure = Assert.Throws<IcuUnknownPropertyException>(() => PropertyCatalog.Wellness.Select(["Wieght"]));

        Assert.Contains("did you mean Weight?", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_EventHasNoCustomFields()
    {
        Assert.Equal(["Id", "StartDateLocal", "Category", "Name", "MovingTime"], PropertyCatalog.Event.Select(["name", "moving_time"]).Properties.Select(property => property.Name));
        Assert.Throws<IcuUnknownPropertyException>(() => PropertyCatalog.Event.Select(["Swolf"]));
    }

    [Fact]
    public void Properties_LeaveOutWhatNoListSends()
    {
        // Intervals come only with -Id -IncludeIntervals, never in a list: no field can ask for them.
        Assert.DoesNotContain(PropertyCatalog.Activity.Properties, property => property.Name is "Intervals" or "IntervalGroups");
    }
}
