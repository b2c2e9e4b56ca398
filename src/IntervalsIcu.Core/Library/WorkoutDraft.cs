using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Library;

/// <summary>A checked row: the <c>WorkoutEx</c> body to send and where to; nothing is sent yet.</summary>
public sealed class WorkoutDraft
{
    internal WorkoutDraft(int order, string athleteId, int folderId, JsonObject body, object? source)
    {
        Order = order;
        AthleteId = athleteId;
        FolderId = folderId;
        Body = body;
        Source = source;
    }

    /// <summary>The row's place in the input; results come back in this order.</summary>
    public int Order { get; }

    public string AthleteId { get; }

    public int FolderId { get; }

    public string? Name => Body["name"]?.GetValue<string>();

    /// <summary>The workout file sent as the content, when there is one.</summary>
    public string? FileName => Body["filename"]?.GetValue<string>();

    public object? Source { get; }

    internal JsonObject Body { get; }
}
