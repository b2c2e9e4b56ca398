using System.Text.Json;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Activities;

/// <summary>Reads the few fields the listing needs from an activity kept as the server's JSON (-Raw).</summary>
internal static class RawActivity
{
    public static string? Id(JsonElement activity) => Text(activity, "id");

    public static string? Type(JsonElement activity) => Text(activity, "type");

    public static string? StartDateLocal(JsonElement activity) => Text(activity, "start_date_local");

    public static bool IsStravaStub(JsonElement activity) =>
        string.Equals(Text(activity, "source"), IcuSourceValues.Strava, StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonElement activity, string name) =>
        activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
