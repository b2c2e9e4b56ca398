using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Tests.Activities;

/// <summary>An activity edited and piped back sends only what differs from the server's, as wellness round trips do.</summary>
public sealed class ActivityEditsTests
{
    private static IcuActivity Current() => new()
    {
        Id = "i1", Name = "Morning Ride", Type = "Ride", Feel = 3, IcuRpe = 5, Trainer = false, Description = "legs ok", Tags = new IcuList<string>(["z2"]),
    };

    [Fact]
    public void Diff_Unedited_IsEmpty()
    {
        Assert.True(ActivityEdits.Diff(Current(), Current()).IsEmpty);
    }

    [Fact]
    public void Diff_SendsOnlyTheEditedFields_AndClearsANumberSetToNothing()
    {
        var edited = Current();
        edited.Name = "Hill repeats";
        edited.Feel = null;
        edited.Tags = new IcuList<string>(["z2", "hills"]);

        var update = ActivityEdits.Diff(edited, Current());

        Assert.Equal("""{"name":"Hill repeats","tags":["z2","hills"],"feel":-1}""", update.ToJson().ToJsonString());
        Assert.Equal("name \"Morning Ride\" -> \"Hill repeats\"; tags [\"z2\"] -> [\"z2\",\"hills\"]; feel 3 -> (empty)", ActivityEdits.Describe(update, Current()));
    }

    [Fact]
    public void With_ParametersWinOverTheEdits_AndAValueGivenForAClearedFieldIsKept()
    {
        var edited = Current();
        edited.Name = "Edited";
        edited.Feel = null;

        var update = ActivityEdits.Diff(edited, Current()).With(new ActivityUpdate { Name = "Typed", Feel = 2 });

        Assert.Equal("""{"name":"Typed","feel":2}""", update.ToJson().ToJsonString());
    }
}
