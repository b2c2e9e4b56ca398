using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Checks activity types (Ride, Run …) and stream types (watts, heartrate …) against the known lists before
/// they reach the server, where a typo would become data (a ride of type "Rdie") or an empty answer.
/// Known names are returned in their canonical spelling whatever the case typed; an unknown one is refused
/// with the nearest known name, unless the caller explicitly allows names the module does not know yet
/// (the API adds sports; athletes define custom streams).
/// </summary>
public static class ActivityTypeNames
{
    /// <summary>Words people use for a stream whose API name differs.</summary>
    private static readonly Dictionary<string, string> StreamSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["power"] = "watts", ["hr"] = "heartrate", ["heart_rate"] = "heartrate", ["speed"] = "velocity_smooth", ["elevation"] = "altitude",
        ["gps"] = "latlng", ["position"] = "latlng", ["latitude"] = "latlng", ["longitude"] = "latlng", ["temperature"] = "temp", ["grade"] = "grade_smooth",
    };

    /// <summary>The activity types in their canonical spelling; throws IcuUnknownActivityType for one the spec does not list unless <paramref name="allowUnknown"/>.</summary>
    public static IReadOnlyList<string> ActivityTypes(IEnumerable<string> given, bool allowUnknown) =>
        given.Select(type => Resolve(type.Trim(), IcuActivityTypeValues.All, allowUnknown, nearest: null, IcuActivityException.UnknownActivityType)).ToList();

    /// <summary>The stream types in the API's spelling (column names such as HeartRate are accepted); throws IcuUnknownStreamType for others unless <paramref name="allowUnknown"/>.</summary>
    public static IReadOnlyList<string> StreamTypes(IEnumerable<string> given, bool allowUnknown) =>
        given.Select(type => type.Trim()).Where(type => type.Length > 0)
            .Select(type => ActivityStreamTable.KnownStreamTypes.FirstOrDefault(known => string.Equals(ActivityStreamTable.ColumnName(known), type, StringComparison.OrdinalIgnoreCase)) is { } byColumn
                ? byColumn
                : Resolve(type, ActivityStreamTable.KnownStreamTypes, allowUnknown, StreamSynonyms.GetValueOrDefault(type), IcuActivityException.UnknownStreamType))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Resolve(string given, IReadOnlyList<string> known, bool allowUnknown, string? nearest, Func<string, string?, IReadOnlyList<string>, IcuActivityException> refuse)
    {
        if (known.FirstOrDefault(name => string.Equals(name, given, StringComparison.OrdinalIgnoreCase)) is { } canonical)
        {
            return canonical;
        }

        return allowUnknown ? given : throw refuse(given, nearest ?? NearestName.Find(given, known), known);
    }
}
