using System.Text;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Http;

namespace IntervalsIcu.Core.Events;

/// <summary>The calendar's requests (api-facts §5.4), one place for their paths and query names.</summary>
internal static class EventRequests
{
    public static IcuRequest List(string athleteId, DateTime? oldest, DateTime? newest, IReadOnlyCollection<string> categories, bool resolve = false, string? fileFormat = null)
    {
        var query = new List<(string, string)>();
        if (oldest is { } from)
        {
            query.Add(("oldest", LocalDateReader.FormatDate(from)));
        }

        if (newest is { } to)
        {
            query.Add(("newest", LocalDateReader.FormatDate(to)));
        }

        if (categories.Count > 0)
        {
            query.Add(("category", string.Join(',', categories)));
        }

        if (resolve)
        {
            query.Add(("resolve", "true"));
        }

        if (fileFormat is not null)
        {
            query.Add(("ext", fileFormat));
        }

        return IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId, "events"), query.ToArray());
    }

    public static IcuRequest Get(string athleteId, int eventId) => IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId, "events", Id(eventId)));

    /// <summary>POST /events/bulk?upsert=true: items with an external_id update this credential's earlier ones, the rest are created.</summary>
    public static IcuRequest BulkUpsert(string athleteId, JsonArray items, bool safeToRetry) =>
        new(HttpMethod.Post, IcuRequest.ApiPath("athlete", athleteId, "events", "bulk"))
        {
            Query = [KeyValuePair.Create("upsert", "true")],
            Content = Json(items),
            SafeToRetry = safeToRetry,
        };

    public static IcuRequest Update(string athleteId, int eventId, JsonObject body) =>
        new(HttpMethod.Put, IcuRequest.ApiPath("athlete", athleteId, "events", Id(eventId))) { Content = Json(body) };

    public static IcuRequest Delete(string athleteId, int eventId) => new(HttpMethod.Delete, IcuRequest.ApiPath("athlete", athleteId, "events", Id(eventId)));

    /// <summary>PUT /events/bulk-delete: each item <c>{id}</c> or <c>{external_id}</c>; deleting twice deletes nothing more, so it is retried.</summary>
    public static IcuRequest BulkDelete(string athleteId, JsonArray doomed) =>
        new(HttpMethod.Put, IcuRequest.ApiPath("athlete", athleteId, "events", "bulk-delete")) { Content = Json(doomed) };

    public static IcuRequest DeleteRange(string athleteId, DateTime oldest, DateTime? newest, IReadOnlyCollection<string> categories)
    {
        var query = new List<KeyValuePair<string, string>> { KeyValuePair.Create("oldest", LocalDateReader.FormatDate(oldest)) };
        if (newest is { } to)
        {
            query.Add(KeyValuePair.Create("newest", LocalDateReader.FormatDate(to)));
        }

        query.Add(KeyValuePair.Create("category", string.Join(',', categories)));
        return new(HttpMethod.Delete, IcuRequest.ApiPath("athlete", athleteId, "events")) { Query = query };
    }

    /// <summary>Mark done creates an activity: a POST, never replayed.</summary>
    public static IcuRequest MarkDone(string athleteId, int eventId) =>
        new(HttpMethod.Post, IcuRequest.ApiPath("athlete", athleteId, "events", Id(eventId), "mark-done"));

    public static IcuRequest Download(string athleteId, int eventId, string format) =>
        IcuRequest.Get(IcuRequest.ApiPath("athlete", athleteId, "events", Id(eventId), "download." + format));

    public static Func<HttpContent> Json(JsonNode body)
    {
        var text = body.ToJsonString();
        return () => new StringContent(text, Encoding.UTF8, "application/json");
    }

    private static string Id(int eventId) => eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
