using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Events;

/// <summary>An event -Prune will remove: of the same plan (by its external_id prefix), inside the input's range, no longer in the input.</summary>
public sealed record EventPlannedRemoval(string AthleteId, int Id, string ExternalId, DateTime? Date, string? Name)
{
    public string Label => $"{Date:yyyy-MM-dd} {Name} [{ExternalId}]";

    internal static EventPlannedRemoval From(string athleteId, JsonObject existing) => new(
        athleteId,
        existing["id"]!.GetValue<int>(),
        existing["external_id"]!.GetValue<string>(),
        LocalDateReader.TryReadDate(existing["start_date_local"]?.GetValue<string>(), out var date) ? date : null,
        existing["name"]?.GetValue<string>());
}
