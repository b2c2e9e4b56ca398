namespace IntervalsIcu.Core.Events;

/// <summary>How one row (or one pruned event) ended.</summary>
public enum EventResultStatus
{
    Created,
    Updated,
    Unchanged,

    /// <summary>Removed by -Prune: an event of the same plan that is no longer in the input.</summary>
    Removed,

    /// <summary>Not written; <see cref="IcuEventResult.Error"/> says why.</summary>
    Failed,

    /// <summary>-WhatIf or a declined -Confirm: nothing was sent for it.</summary>
    Skipped,
}
