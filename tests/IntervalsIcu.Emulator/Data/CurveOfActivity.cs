namespace IntervalsIcu.Emulator.Data;

/// <summary>One activity's curve: per point (duration or distance) the best value, or null where the activity is too short, and the samples it spans.</summary>
public sealed record CurveOfActivity(int?[] Values, int[] StartIndex, int[] EndIndex)
{
    public static CurveOfActivity Empty(int points) => new(new int?[points], new int[points], new int[points]);
}
