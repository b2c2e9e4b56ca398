namespace IntervalsIcu.Core.Events;

/// <summary>The event categories the API knows (api-facts §5.4).</summary>
public static class EventCategories
{
    public const string Workout = "WORKOUT";

    public static readonly IReadOnlyList<string> All =
        ["WORKOUT", "RACE_A", "RACE_B", "RACE_C", "NOTE", "PLAN", "HOLIDAY", "SICK", "INJURED", "SET_EFTP", "FITNESS_DAYS", "SEASON_START", "TARGET", "SET_FITNESS"];

    /// <summary>The API's spelling of a category given in any case, or null when there is none such.</summary>
    public static string? Normalize(string text)
    {
        var upper = text.Trim().ToUpperInvariant().Replace(' ', '_');
        return All.Contains(upper, StringComparer.Ordinal) ? upper : null;
    }
}
