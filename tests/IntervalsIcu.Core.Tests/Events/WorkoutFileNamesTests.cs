using IntervalsIcu.Core.Events;

namespace IntervalsIcu.Core.Tests.Events;

public sealed class WorkoutFileNamesTests
{
    [Theory]
    [InlineData("Sweet spot 3x10", "2026-03-02 Sweet spot 3x10.zwo")]
    [InlineData("VO2: 5x3' @ 120%?", "2026-03-02 VO2_ 5x3' @ 120%_.zwo")]
    [InlineData("../../etc/passwd", "2026-03-02 _.._etc_passwd.zwo")]
    [InlineData("con", "2026-03-02 workout 7.zwo")]
    [InlineData("  ", "2026-03-02 workout 7.zwo")]
    public void For_IsDateAndNameMadeSafeForEveryOs(string name, string expected)
    {
        Assert.Equal(expected, WorkoutFileNames.For(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified), name, 7, WorkoutFileFormat.Zwo));
    }
}
