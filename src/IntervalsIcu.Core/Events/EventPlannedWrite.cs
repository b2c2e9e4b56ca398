namespace IntervalsIcu.Core.Events;

/// <summary>A row that will be written, with the diff -WhatIf shows and -Confirm asks about.</summary>
public sealed class EventPlannedWrite
{
    internal EventPlannedWrite(EventDraft draft, EventResultStatus status, int? existingId, IReadOnlyList<EventFieldChange> changes)
    {
        Draft = draft;
        Status = status;
        ExistingId = existingId;
        Changes = changes;
    }

    /// <summary>Created or Updated.</summary>
    public EventResultStatus Status { get; }

    public int Order => Draft.Order;

    public string AthleteId => Draft.AthleteId;

    /// <summary>e.g. "2026-03-02 Sweet spot [plan-w10-mon]".</summary>
    public string Label => Draft.Label;

    public int? ExistingId { get; }

    public IReadOnlyList<EventFieldChange> Changes { get; }

    public string DiffText => string.Join("; ", Changes);

    internal EventDraft Draft { get; }
}
