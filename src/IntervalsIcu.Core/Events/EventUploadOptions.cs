namespace IntervalsIcu.Core.Events;

/// <summary>How rows are written.</summary>
public sealed class EventUploadOptions
{
    public const int DefaultBatchSize = 100;

    /// <summary>Events per bulk request.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Also remove the plan's events (same external_id prefix) in the input's range that are no longer in the input.</summary>
    public bool Prune { get; init; }
}
