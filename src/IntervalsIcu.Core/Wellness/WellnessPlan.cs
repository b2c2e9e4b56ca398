namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// What a run will do, decided before anything is written: the dates to write with their diffs, and the
/// dates already settled (invalid, unchanged, locked, or not readable). The cmdlet asks ShouldProcess
/// per pending write between planning and sending.
/// </summary>
public sealed class WellnessPlan
{
    internal WellnessPlan(WellnessUploadOptions options, IReadOnlyList<WellnessPendingWrite> writes, IReadOnlyList<(int Order, IcuWellnessResult Result)> settled, int readRequests)
    {
        Options = options;
        Writes = writes;
        Settled = settled;
        ReadRequests = readRequests;
    }

    public WellnessUploadOptions Options { get; }

    /// <summary>The dates that differ from the server, oldest first.</summary>
    public IReadOnlyList<WellnessPendingWrite> Writes { get; }

    /// <summary>List requests made to read the server's current values.</summary>
    public int ReadRequests { get; }

    internal IReadOnlyList<(int Order, IcuWellnessResult Result)> Settled { get; }
}
