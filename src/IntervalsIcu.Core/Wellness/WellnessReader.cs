using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Reads wellness days for Get-IcuWellness: a range or a set of dates, oldest first, one list request per
/// year of days (the API has no paging, api-facts §1), each day yielded as soon as it is read.
/// </summary>
public static class WellnessReader
{
    /// <summary>
    /// Every day with a record in [<paramref name="oldest"/>, <paramref name="newest"/>]; <paramref name="progress"/> hears of each request of a long range.
    /// <paramref name="fields"/> (the API's <c>fields=</c>, comma-joined) has the server send only those fields, nulls left out.
    /// </summary>
    public static IAsyncEnumerable<IcuWellness> ReadRangeAsync(IcuSession session, DateOnly oldest, DateOnly newest, IIcuLog log, CancellationToken cancellationToken, IProgress<WellnessWindow>? progress = null, string? fields = null) =>
        ReadAsync(session, WellnessDates.Windows(oldest, newest, WellnessUploadOptions.DefaultReadWindowDays), null, IcuModelJsonContext.Default.IcuWellness, DayOf, log, cancellationToken, progress, fields);

    /// <summary>The days of <paramref name="dates"/> that have a record; a date without one is left out.</summary>
    public static IAsyncEnumerable<IcuWellness> ReadDatesAsync(IcuSession session, IEnumerable<DateOnly> dates, IIcuLog log, CancellationToken cancellationToken, string? fields = null)
    {
        var wanted = dates.ToHashSet();
        return ReadAsync(session, WellnessDates.Windows(wanted, WellnessUploadOptions.DefaultReadWindowDays), wanted, IcuModelJsonContext.Default.IcuWellness, DayOf, log, cancellationToken, fields: fields);
    }

    /// <summary>Like <see cref="ReadRangeAsync"/>, each day as the JSON text the server sent (-Raw).</summary>
    public static IAsyncEnumerable<string> ReadRangeRawAsync(IcuSession session, DateOnly oldest, DateOnly newest, IIcuLog log, CancellationToken cancellationToken, IProgress<WellnessWindow>? progress = null, string? fields = null) =>
        RawText(ReadAsync(session, WellnessDates.Windows(oldest, newest, WellnessUploadOptions.DefaultReadWindowDays), null, IcuJsonContext.Default.JsonElement, DayOf, log, cancellationToken, progress, fields), cancellationToken);

    /// <summary>Like <see cref="ReadDatesAsync"/>, each day as the JSON text the server sent (-Raw).</summary>
    public static IAsyncEnumerable<string> ReadDatesRawAsync(IcuSession session, IEnumerable<DateOnly> dates, IIcuLog log, CancellationToken cancellationToken, string? fields = null)
    {
        var wanted = dates.ToHashSet();
        return RawText(ReadAsync(session, WellnessDates.Windows(wanted, WellnessUploadOptions.DefaultReadWindowDays), wanted, IcuJsonContext.Default.JsonElement, DayOf, log, cancellationToken, fields: fields), cancellationToken);
    }

    /// <summary>GET /athlete/{id}/wellness?oldest=…&amp;newest=… (both inclusive local dates), with <c>fields=</c> when given.</summary>
    internal static IcuRequest ListRequest(IcuSession session, DateOnly oldest, DateOnly newest, string? fields = null) =>
        IcuRequest.Get(
            IcuRequest.ApiPath("athlete", session.AthleteId, "wellness"),
            fields is null
                ? [("oldest", WellnessDates.Text(oldest)), ("newest", WellnessDates.Text(newest))]
                : [("oldest", WellnessDates.Text(oldest)), ("newest", WellnessDates.Text(newest)), ("fields", fields)]);

    private static async IAsyncEnumerable<T> ReadAsync<T>(
        IcuSession session,
        IReadOnlyList<(DateOnly Oldest, DateOnly Newest)> windows,
        IReadOnlySet<DateOnly>? wanted,
        JsonTypeInfo<T> typeInfo,
        Func<T, DateOnly?> dayOf,
        IIcuLog log,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        IProgress<WellnessWindow>? progress = null,
        string? fields = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        for (var index = 0; index < windows.Count; index++)
        {
            var (oldest, newest) = windows[index];
            progress?.Report(new WellnessWindow(index + 1, windows.Count, oldest, newest));
            await foreach (var day in session.Client.StreamJsonArrayAsync(ListRequest(session, oldest, newest, fields), typeInfo, log, cancellationToken).ConfigureAwait(false))
            {
                if (wanted is null || (dayOf(day) is { } date && wanted.Contains(date)))
                {
                    yield return day;
                }
            }
        }
    }

    private static DateOnly? DayOf(IcuWellness day) => day.Id is { } id ? DateOnly.FromDateTime(id) : null;

    private static DateOnly? DayOf(JsonElement day) =>
        day.ValueKind == JsonValueKind.Object && day.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && WellnessDates.TryRead(id.GetString()!, out var date)
            ? date
            : null;

    private static async IAsyncEnumerable<string> RawText(IAsyncEnumerable<JsonElement> days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var day in days.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return day.GetRawText();
        }
    }
}
