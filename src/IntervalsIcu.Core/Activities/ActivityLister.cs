using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Lists activities over any range although the API has no paging (api-facts §1): the range is split
/// into date windows fetched one after another, newest first like the API, each streamed as it is
/// read; an activity listed by two neighbouring windows (on their shared midnight) is written once.
/// Only one window's ids are held, so memory does not grow with the range.
/// </summary>
public static class ActivityLister
{
    public static IAsyncEnumerable<IcuActivity> ListAsync(IcuSession session, ActivityListRequest request, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ListCoreAsync(
            session, request, IcuActivityJsonReader.ItemReader,
            activity => activity.Id, activity => activity.Type, activity => activity.IsStravaStub,
            activity =>
            {
                activity.AddMissingCustomFields(request.CustomFieldColumns);
                return activity;
            },
            log, cancellationToken);
    }

    /// <summary>The same activities as the server's JSON text, one string per activity (-Raw).</summary>
    public static IAsyncEnumerable<string> ListRawAsync(IcuSession session, ActivityListRequest request, IIcuLog log, CancellationToken cancellationToken) =>
        ListCoreAsync(
            session, request, JsonItemReaders.Element,
            RawActivity.Id, RawActivity.Type, RawActivity.IsStravaStub, element => element.GetRawText(),
            log, cancellationToken);

    /// <summary>The list request of one window; bounds are local date-times without offset (api-facts §4); <paramref name="fields"/> as <see cref="ActivityListRequest.Fields"/>.</summary>
    public static IcuRequest WindowRequest(string athleteId, ActivityWindow window, int? limit, string? fields = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        var query = new List<(string, string)> { ("oldest", LocalText(window.OldestLocal)), ("newest", LocalText(window.NewestLocal)) };
        if (limit is { } max)
        {
            query.Add(("limit", max.ToString(CultureInfo.InvariantCulture)));
        }

        if (fields is not null)
        {
            query.Add(("fields", fields));
        }

        return IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId, "activities"), query.ToArray());
    }

    public static string LocalText(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<TOut> ListCoreAsync<TItem, TOut>(
        IcuSession session, ActivityListRequest request, JsonItemReader<TItem> readItem,
        Func<TItem, string?> idOf, Func<TItem, string?> typeOf, Func<TItem, bool> isStravaStub, Func<TItem, TOut> output,
        IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var types = new HashSet<string>(request.Types, StringComparer.OrdinalIgnoreCase);
        var remaining = request.Limit ?? int.MaxValue;
        var previousWindowIds = new HashSet<string>(StringComparer.Ordinal);
        var windows = request.Range.Split(request.WindowDays);
        var seen = 0;
        for (var index = 0; index < windows.Count; index++)
        {
            var window = windows[index];
            if (remaining <= 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            request.Progress?.Report(window);
            log.Verbose(string.Format(
                CultureInfo.InvariantCulture, ActivityMessages.LogWindow, window.Number, window.Count, LocalText(window.OldestLocal), LocalText(window.NewestLocal)));

            // The server's limit also counts the copies this window shares with the previous one, and
            // a type filter works on what comes back: ask for enough, stop reading once done.
            int? limit = request.Limit is null || types.Count > 0 ? null : remaining + previousWindowIds.Count;
            var windowIds = new HashSet<string>(StringComparer.Ordinal);
            var received = 0;
            await foreach (var item in session.Client.StreamJsonArrayAsync(WindowRequest(session.AthleteId, window, limit, request.Fields), readItem, log, cancellationToken).ConfigureAwait(false))
            {
                received++;
                // Items already buffered would otherwise keep coming after Ctrl+C.
                cancellationToken.ThrowIfCancellationRequested();
                var id = idOf(item);
                if (id is not null && (previousWindowIds.Contains(id) || !windowIds.Add(id)))
                {
                    continue;
                }

                if (types.Count > 0 && !types.Contains(typeOf(item) ?? string.Empty))
                {
                    if (isStravaStub(item))
                    {
                        request.StravaStubs?.AddFiltered();
                    }

                    continue;
                }

                if (isStravaStub(item))
                {
                    request.StravaStubs?.Add();
                }

                yield return output(item);
                if (--remaining <= 0)
                {
                    yield break;
                }
            }

            previousWindowIds = windowIds;
            seen += received;
            if (received > 0 && request.WindowTarget is { } target && index + 1 < windows.Count)
            {
                // Activities per day so far sizes the rest: few large requests for a long range.
                var days = (request.Range.NewestLocal - window.OldestLocal).TotalDays;
                var size = (int)Math.Clamp(Math.Ceiling(target * days / seen), request.WindowDays, ActivityListRequest.MaxWindowDays);
                windows = request.Range.Resplit(windows, index, size);
            }

            if (received == 0 && index + 1 < windows.Count)
            {
                // An empty window: one request for the newest activity older than it tells where the next one
                // is, so -Oldest 1900-01-01 does not walk a century of empty windows.
                var older = await NewestStartAsync(session, request.Range.OldestLocal, windows[index + 1].NewestLocal, log, cancellationToken).ConfigureAwait(false);
                if (older is null)
                {
                    log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogNoOlderActivities, LocalText(window.OldestLocal)));
                    yield break;
                }

                while (index + 1 < windows.Count && windows[index + 1].OldestLocal > older.Value)
                {
                    index++;
                }
            }
        }
    }

    /// <summary>The local start of the newest activity between the bounds (limit=1, the API lists newest first), or null when there is none.</summary>
    private static async Task<DateTime?> NewestStartAsync(IcuSession session, DateTime oldest, DateTime newest, IIcuLog log, CancellationToken cancellationToken)
    {
        var probe = WindowRequest(session.AthleteId, new ActivityWindow(0, 0, oldest, newest), 1);
        await foreach (var element in session.Client.StreamJsonArrayAsync(probe, JsonItemReaders.Element, log, cancellationToken).ConfigureAwait(false))
        {
            return DateTime.TryParse(RawActivity.StartDateLocal(element), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : newest;
        }

        return null;
    }
}
