namespace IntervalsIcu.Core.Events;

/// <summary>
/// The result of reading and comparing the input with the calendar, before anything is written:
/// the writes (each Created or Updated with its diff), the removals -Prune asks for, and the rows
/// already settled (Unchanged, or Failed because they could not be read).
/// </summary>
public sealed class EventPlan
{
    internal EventPlan(IReadOnlyList<EventPlannedWrite> writes, IReadOnlyList<EventPlannedRemoval> removals, IReadOnlyList<(int Order, IcuEventResult Result)> settled, int readRequests, EventUploadOptions options)
    {
        Writes = writes;
        Removals = removals;
        Settled = settled;
        ReadRequests = readRequests;
        Options = options;
    }

    public IReadOnlyList<EventPlannedWrite> Writes { get; }

    public IReadOnlyList<EventPlannedRemoval> Removals { get; }

    public int ReadRequests { get; }

    internal IReadOnlyList<(int Order, IcuEventResult Result)> Settled { get; }

    internal EventUploadOptions Options { get; }
}
