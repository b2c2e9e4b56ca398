using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// GET /activity/{id}/streams. Without types the server sends its default set, with watts renamed
/// raw_watts (spec); naming watts sends the fixed power. Strava activities answer 422.
/// </summary>
public static class ActivityStreamReader
{
    public static async Task<IReadOnlyList<IcuActivityStream>> GetAsync(
        IcuSession session, string activityId, IReadOnlyCollection<string> types, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var streams = new List<IcuActivityStream>();
        await foreach (var element in session.Client.StreamJsonArrayAsync(StreamsRequest(activityId, types), JsonItemReaders.Element, log, cancellationToken).ConfigureAwait(false))
        {
            streams.Add(IcuActivityStream.From(element));
        }

        return streams;
    }

    public static IcuRequest StreamsRequest(string activityId, IReadOnlyCollection<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var path = IcuRequest.ApiPath("activity", ActivityIds.Check(activityId), "streams");
        var wanted = types.Select(type => type.Trim()).Where(type => type.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0 ? IcuRequest.Get(path) : IcuRequest.Get(path, ("types", string.Join(',', wanted)));
    }
}
