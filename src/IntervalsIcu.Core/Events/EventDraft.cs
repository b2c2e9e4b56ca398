using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Events;

/// <summary>A row read and checked: the <c>EventEx</c> body to send, and what identifies its event.</summary>
internal sealed record EventDraft(int Order, string AthleteId, int? Id, string? ExternalId, DateTime Start, JsonObject Body, object? Source)
{
    public string Label => string.Join(' ', new[] { Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Body["name"]?.GetValue<string>(), ExternalId is null ? null : "[" + ExternalId + "]" }.Where(part => part is not null));
}
