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
    public void Diff_SendsOnlyTheEditedFields()
    {
        var edited = Current();
        edited.Name = "Hill repeats";
        edited.Feel = 2;
        edited.Tags = new IcuList<string>(["z2", "hills"]);

        var update = ActivityEdits.Diff(edited, Current());

        Assert.Equal("""{"name":"Hill repeats","feel":2,"tags":["z2","hills"]}""", update.ToJson().ToJsonString());
        Assert.Equal("name \"Morning Ride\" -> \"Hill repeats\"; feel 3 -> 2; tags [\"z2\"] -> [\"z2\",\"hills\"]", ActivityEdits.Describe(update, Current()));
    }

    [Fact]
    public void Diff_FieldsEmptyOnTheObject_AreNeverSent_SoAListedActivityLackingThemErasesNothing()
    {
        var listed = new IcuActivity { Id = "i1", Name = "Morning Ride" };

        Assert.True(ActivityEdits.Diff(listed, Current()).IsEmpty);
    }

    [Fact]
    public void Describe_AClear_ShowsEmpty()
    {
        Assert.Equal("feel 3 -> (empty)", ActivityEdits.Describe(new ActivityUpdate { Clear = [ActivityNumericField.Feel] }, Current()));
    }

    [Fact]
    public void With_ParametersWinOverTheEdits_AndAValueGivenForAClearedFieldIsKept()
    {
        var edited = Current();
        edited.Name = "Edited";

        var update = ActivityEdits.Diff(edited, Current()).With(new ActivityUpdate { Name = "Typed", Feel = 2 });
        var clearedThenGiven = new ActivityUpdate { Clear = [ActivityNumericField.Feel] }.With(new ActivityUpdate { Feel = 4 });

        Assert.Equal("""{"name":"Typed","feel":2}""", update.ToJson().ToJsonString());
        Assert.Equal("""{"feel":4}""", clearedThenGiven.ToJson().ToJsonString());
    }
}
