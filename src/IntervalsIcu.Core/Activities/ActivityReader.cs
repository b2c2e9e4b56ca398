using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Reads activities by id (comma-joined in one path, in batches; the server skips unknown ids without
/// a word, so they are reported here) and by search (name, or an exact #tag; api-facts §5.2).
/// </summary>
public static class ActivityReader
{
    /// <summary>Ids per request: the path stays short (about 50 × 10 characters) and the batch small.</summary>
    public const int IdsPerRequest = 50;

    /// <summary>Every id in the order given (duplicates once), with its activity or null when the server has none.</summary>
    public static IAsyncEnumerable<ActivityLookup<IcuActivity>> GetAsync(
        IcuSession session, IReadOnlyList<string> ids, bool includeIntervals, IReadOnlyCollection<string> customFieldColumns,
        StravaStubTally? stravaStubs, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customFieldColumns);
        return GetCoreAsync(session, ids, includeIntervals, stravaStubs, element => ToActivity(element, customFieldColumns), log, cancellationToken);
    }

    /// <summary>As <see cref="GetAsync"/>, each activity as the server's JSON text (-Raw).</summary>
    public static IAsyncEnumerable<ActivityLookup<string>> GetRawAsync(
        IcuSession session, IReadOnlyList<string> ids, bool includeIntervals, StravaStubTally? stravaStubs, IIcuLog log, CancellationToken cancellationToken) =>
        GetCoreAsync(session, ids, includeIntervals, stravaStubs, element => element.GetRawText(), log, cancellationToken);

    /// <summary>Full activities whose name contains the text (case-insensitive), or with exactly the tag when it starts with '#'.</summary>
    public static async IAsyncEnumerable<IcuActivity> SearchAsync(
        IcuSession session, string query, int? limit, IReadOnlyCollection<string> customFieldColumns, StravaStubTally? stravaStubs,
        IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customFieldColumns);
        await foreach (var element in SearchRawElementsAsync(session, query, limit, stravaStubs, log, cancellationToken).ConfigureAwait(false))
        {
            yield return ToActivity(element, customFieldColumns);
        }
    }

    public static async IAsyncEnumerable<string> SearchRawAsync(
        IcuSession session, string query, int? limit, StravaStubTally? stravaStubs, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var element in SearchRawElementsAsync(session, query, limit, stravaStubs, log, cancellationToken).ConfigureAwait(false))
        {
            yield return element.GetRawText();
        }
    }

    public static IcuRequest SearchRequest(string athleteId, string query, int? limit)
    {
        var parameters = new List<(string, string)> { ("q", query) };
        if (limit is { } max)
        {
            parameters.Add(("limit", max.ToString(CultureInfo.InvariantCulture)));
        }

        return IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId, "activities", "search-full"), parameters.ToArray());
    }

    private static async IAsyncEnumerable<ActivityLookup<T>> GetCoreAsync<T>(
        IcuSession session, IReadOnlyList<string> ids, bool includeIntervals, StravaStubTally? stravaStubs, Func<JsonElement, T> output,
        IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Select(ActivityIds.Check).Distinct(StringComparer.Ordinal).ToList();
        foreach (var batch in distinct.Chunk(IdsPerRequest))
        {
            // Ids are checked above, so the comma is the only separator in the path segment.
            var path = IcuRequest.ApiPath("athlete", session.AthleteId, "activities") + "/" + string.Join(',', batch);
            var request = includeIntervals ? IcuRequest.Get(path, ("intervals", "true")) : IcuRequest.Get(path);
            var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            await foreach (var element in session.Client.StreamJsonArrayAsync(request, JsonItemReaders.Element, log, cancellationToken).ConfigureAwait(false))
            {
                if (RawActivity.Id(element) is { } id)
                {
                    found.TryAdd(id, element);
                }
            }

            foreach (var id in batch)
            {
                if (!found.TryGetValue(id, out var element))
                {
                    yield return new ActivityLookup<T>(id, null);
                    continue;
                }

                if (RawActivity.IsStravaStub(element))
                {
                    stravaStubs?.Add();
                }

                yield return new ActivityLookup<T>(id, output(element));
            }
        }
    }

    private static async IAsyncEnumerable<JsonElement> SearchRawElementsAsync(
        IcuSession session, string query, int? limit, StravaStubTally? stravaStubs, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        await foreach (var element in session.Client.StreamJsonArrayAsync(SearchRequest(session.AthleteId, query.Trim(), limit), JsonItemReaders.Element, log, cancellationToken).ConfigureAwait(false))
        {
            if (RawActivity.IsStravaStub(element))
            {
                stravaStubs?.Add();
            }

            yield return element;
        }
    }

    private static IcuActivity ToActivity(JsonElement element, IReadOnlyCollection<string> customFieldColumns)
    {
        var activity = element.Deserialize(IcuModelJsonContext.Default.IcuActivity) ?? new IcuActivity();
        activity.AddMissingCustomFields(customFieldColumns);
        return activity;
    }
}
