using IntervalsIcu.Core.Activities;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>A typo in an activity or stream type is refused with the nearest known name instead of becoming data or an empty answer.</summary>
public sealed class ActivityTypeNamesTests
{
    [Fact]
    public void ActivityType_Known_IsReturnedInItsCanonicalSpelling()
    {
        Assert.Equal(["Ride", "VirtualRide"], ActivityTypeNames.ActivityTypes(["ride", " VIRTUALRIDE "], allowUnknown: false));
    }

    [Fact]
    public void ActivityType_Typo_IsRefusedWithTheNearestType()
    {
        var error = Assert.Throws<IcuActivityException>(() => ActivityTypeNames.ActivityTypes(["Rdie"], allowUnknown: false));

        Assert.Equal("IcuUnknownActivityType", error.ErrorId);
        Assert.Equal("'Rdie' is not an activity type this module knows. Did you mean Ride?", error.Message);
        Assert.Contains("-AllowUnknownType", error.FixHint, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityType_Unknown_PassesWhenAllowed()
    {
        Assert.Equal(["Hoverboarding"], ActivityTypeNames.ActivityTypes(["Hoverboarding"], allowUnknown: true));
    }

    [Theory]
    [InlineData("power", "watts")]
    [InlineData("hartrate", "heartrate")]
    public void StreamType_Unknown_IsRefusedWithTheStreamMeant(string given, string nearest)
    {
        var error = Assert.Throws<IcuActivityException>(() => ActivityTypeNames.StreamTypes([given], allowUnknown: false));

        Assert.Equal("IcuUnknownStreamType", error.ErrorId);
        Assert.EndsWith($"Did you mean {nearest}?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StreamType_ColumnNamesAndCase_AreReadAsTheApisNames_CustomOnesOnlyWhenAllowed()
    {
        Assert.Equal(["heartrate", "velocity_smooth", "watts"], ActivityTypeNames.StreamTypes(["HeartRate", "Velocity", "WATTS", "watts"], allowUnknown: false));
        Assert.Throws<IcuActivityException>(() => ActivityTypeNames.StreamTypes(["bogus"], allowUnknown: false));
        Assert.Equal(["SWOLF"], ActivityTypeNames.StreamTypes(["SWOLF"], allowUnknown: true));
    }
}
