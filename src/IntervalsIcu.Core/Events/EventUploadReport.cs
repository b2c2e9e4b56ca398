using System.Globalization;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Events;

/// <summary>Every row's result in input order, the prune removals after them, and the request counts.</summary>
public sealed class EventUploadReport
{
    internal EventUploadReport(IReadOnlyList<IcuEventResult> results, int readRequests, int writeRequests)
    {
        Results = results;
        ReadRequests = readRequests;
        WriteRequests = writeRequests;
    }

    public IReadOnlyList<IcuEventResult> Results { get; }

    public int ReadRequests { get; }

    public int WriteRequests { get; }

    public int Count(EventResultStatus status) => Results.Count(result => result.Status == status);

    public string Summary => string.Format(
        CultureInfo.InvariantCulture, EventMessages.Summary, Results.Count(result => result.Status != EventResultStatus.Removed),
        Count(EventResultStatus.Created), Count(EventResultStatus.Updated), Count(EventResultStatus.Unchanged), Count(EventResultStatus.Removed),
        Count(EventResultStatus.Failed), Count(EventResultStatus.Skipped), WriteRequests);
}
