using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>Reading the calendar, removing events, marking one done, and a planned workout as a trainer file.</summary>
public static class EventCalendar
{
    /// <summary>
    /// The events of a range, oldest first. Without dates the server's defaults apply: today in the
    /// athlete's zone and the next 6 days (spec), so "today" is the athlete's, never this machine's.
    /// </summary>
    public static IAsyncEnumerable<IcuEvent> ListAsync(
        IcuSession session, DateTime? oldest, DateTime? newest, IReadOnlyCollection<string> categories, bool resolve, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var request = EventRequests.List(session.AthleteId, oldest, newest, categories, resolve);
        return session.Client.StreamJsonArrayAsync(request, IcuModelJsonContext.Default.IcuEvent, log, cancellationToken);
    }

    public static async Task<IcuEvent> GetAsync(IcuSession session, int eventId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.Client.GetJsonAsync(EventRequests.Get(session.AthleteId, eventId), IcuModelJsonContext.Default.IcuEvent, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes one event by id (a DELETE: idempotent, so retried).</summary>
    public static async Task RemoveAsync(IcuSession session, int eventId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await session.Client.SendAsync(EventRequests.Delete(session.AthleteId, eventId), log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the caller's events with these external ids (the server only matches its own, api-facts §5.4); returns the count removed.</summary>
    public static async Task<int> RemoveByExternalIdAsync(IcuSession session, IReadOnlyCollection<string> externalIds, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var doomed = new JsonArray(externalIds.Select(id => (JsonNode)new JsonObject { ["external_id"] = id }).ToArray());
        var answer = await EventJson.SendAsync(session, EventRequests.BulkDelete(session.AthleteId, doomed), log, cancellationToken).ConfigureAwait(false);
        return answer?["eventsDeleted"]?.GetValue<int>() ?? 0;
    }

    /// <summary>Removes every event of the categories in the range (<paramref name="newest"/> null: all future ones).</summary>
    public static async Task RemoveRangeAsync(
        IcuSession session, DateTime oldest, DateTime? newest, IReadOnlyCollection<string> categories, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var response = await session.Client.SendAsync(EventRequests.DeleteRange(session.AthleteId, oldest, newest, categories), log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a planned workout done: the server creates a manual activity paired with it.</summary>
    public static async Task<IcuActivity?> MarkDoneAsync(IcuSession session, int eventId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var answer = await EventJson.SendAsync(session, EventRequests.MarkDone(session.AthleteId, eventId), log, cancellationToken).ConfigureAwait(false);
        return EventJson.ToModel(answer, IcuModelJsonContext.Default.IcuActivity);
    }

    /// <summary>The planned workout as a trainer file, or <see cref="EventErrorIds.NoWorkout"/> for an event without steps.</summary>
    public static async Task<byte[]> DownloadWorkoutAsync(IcuSession session, IcuEvent calendarEvent, WorkoutFileFormat format, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        if (calendarEvent.WorkoutDoc is null || calendarEvent.Id is not { } id)
        {
            throw new IcuEventException(
                EventErrorIds.NoWorkout, IcuErrorCategory.InvalidData,
                string.Format(CultureInfo.InvariantCulture, EventMessages.NoWorkout, calendarEvent.Id, calendarEvent.Name), EventMessages.FixNoWorkout);
        }

        var extension = WorkoutFileNames.Extension(format);
        using var response = await session.Client.SendAsync(EventRequests.Download(calendarEvent.AthleteId ?? session.AthleteId, id, extension), log, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
