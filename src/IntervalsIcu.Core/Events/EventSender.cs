using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// Writes planned rows: rows with an ExternalId (and new rows without) go in bulk upserts of at most
/// BatchSize events; rows changing an event by Id alone go as one PUT each. A bulk upsert whose items
/// all carry an external_id is retried on 429/5xx (a repeat updates the same events, api-facts §5.4); a
/// bulk holding items without one is never replayed, as it may have created them. A refused batch
/// (400/422) wrote nothing and is halved until the bad rows fail alone. After a 401/403 nothing more
/// is sent. Removals go last, by external_id, so the server only ever removes the caller's own events.
/// </summary>
internal sealed class EventSender(IcuSession session, EventUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
{
    private readonly List<(int Order, IcuEventResult Result)> results = [];
    private IcuException? stoppedBy;

    public int Requests { get; private set; }

    public IReadOnlyList<(int Order, IcuEventResult Result)> Results => results;

    public async Task SendAsync(IReadOnlyList<EventPlannedWrite> writes, IReadOnlyList<EventPlannedRemoval> removals)
    {
        foreach (var athlete in writes.GroupBy(write => write.AthleteId, StringComparer.Ordinal))
        {
            var byId = athlete.Where(write => write.Draft.ExternalId is null && write.ExistingId is not null).ToList();
            var withExternalId = athlete.Where(write => write.Draft.ExternalId is not null).OrderBy(write => write.Draft.Start).ToList();
            var newWithout = athlete.Where(write => write.Draft.ExternalId is null && write.ExistingId is null).OrderBy(write => write.Draft.Start).ToList();
            var batches = withExternalId.Chunk(options.BatchSize).Select(batch => (Batch: batch, Safe: true))
                .Concat(newWithout.Chunk(options.BatchSize).Select(batch => (Batch: batch, Safe: false)))
                .ToList();
            for (var index = 0; index < batches.Count; index++)
            {
                await SendBatchAsync(athlete.Key, batches[index].Batch, batches[index].Safe, index + 1, batches.Count).ConfigureAwait(false);
            }

            foreach (var write in byId)
            {
                await UpdateAsync(write).ConfigureAwait(false);
            }
        }

        foreach (var athlete in removals.GroupBy(removal => removal.AthleteId, StringComparer.Ordinal))
        {
            foreach (var batch in athlete.Chunk(options.BatchSize))
            {
                await RemoveAsync(athlete.Key, batch).ConfigureAwait(false);
            }
        }
    }

    private async Task SendBatchAsync(string athleteId, IReadOnlyList<EventPlannedWrite> batch, bool safeToRetry, int number, int count)
    {
        if (stoppedBy is not null)
        {
            Fail(batch, stoppedBy, safeToRetry);
            return;
        }

        Requests++;
        try
        {
            var items = new JsonArray(batch.Select(write => (JsonNode)write.Draft.Body.DeepClone()).ToArray());
            var answer = await EventJson.SendAsync(session, EventRequests.BulkUpsert(athleteId, items, safeToRetry), log, cancellationToken).ConfigureAwait(false) as JsonArray;
            for (var index = 0; index < batch.Count; index++)
            {
                var written = answer is not null && index < answer.Count ? answer[index] as JsonObject : null;
                results.Add((batch[index].Order, Written(batch[index], written)));
            }

            log.Verbose(string.Format(CultureInfo.InvariantCulture, EventMessages.LogBatch, number, count, batch.Count, "ok"));
        }
        catch (IcuValidationException refused) when (batch.Count > 1)
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, EventMessages.LogBatchSplit, number, batch.Count, refused.Message));
            var half = batch.Count / 2;
            await SendBatchAsync(athleteId, batch.Take(half).ToList(), safeToRetry, number, count).ConfigureAwait(false);
            await SendBatchAsync(athleteId, batch.Skip(half).ToList(), safeToRetry, number, count).ConfigureAwait(false);
        }
        catch (IcuException failure)
        {
            StopAfterRefusedCredentials(failure);
            Fail(batch, failure, safeToRetry);
        }
    }

    private async Task UpdateAsync(EventPlannedWrite write)
    {
        if (stoppedBy is not null)
        {
            Fail([write], stoppedBy, safeToRetry: true);
            return;
        }

        Requests++;
        try
        {
            var answer = await EventJson.SendAsync(session, EventRequests.Update(write.AthleteId, write.ExistingId!.Value, write.Draft.Body), log, cancellationToken).ConfigureAwait(false);
            results.Add((write.Order, Written(write, answer as JsonObject)));
        }
        catch (IcuException failure)
        {
            StopAfterRefusedCredentials(failure);
            Fail([write], failure, safeToRetry: true);
        }
    }

    private async Task RemoveAsync(string athleteId, IReadOnlyList<EventPlannedRemoval> batch)
    {
        IcuException? failure = stoppedBy;
        if (failure is null)
        {
            Requests++;
            try
            {
                var doomed = new JsonArray(batch.Select(removal => (JsonNode)new JsonObject { ["external_id"] = removal.ExternalId }).ToArray());
                await EventJson.SendAsync(session, EventRequests.BulkDelete(athleteId, doomed), log, cancellationToken).ConfigureAwait(false);
            }
            catch (IcuException exception)
            {
                StopAfterRefusedCredentials(exception);
                failure = exception;
            }
        }

        foreach (var removal in batch)
        {
            var error = failure is null ? null : new IcuEventException(
                EventErrorIds.RemoveFailed, failure.Category, string.Format(CultureInfo.InvariantCulture, EventMessages.RemoveFailed, removal.Label, failure.Message), EventMessages.FixRemoveFailed, failure);
            results.Add((int.MaxValue, new IcuEventResult(
                error is null ? EventResultStatus.Removed : EventResultStatus.Failed, athleteId, removal.Id, removal.Date, removal.Name, removal.ExternalId, [], error, null)));
        }
    }

    private void StopAfterRefusedCredentials(IcuException failure)
    {
        if (failure is IcuAuthenticationException or IcuAccessDeniedException)
        {
            stoppedBy = failure;
        }
    }

    private static IcuEventResult Written(EventPlannedWrite write, JsonObject? answer) => new(
        write.Status,
        write.AthleteId,
        answer?["id"]?.GetValue<int>() ?? write.ExistingId,
        write.Draft.Start == default && answer?["start_date_local"] is JsonValue start && LocalDateReader.TryReadDate(start.GetValue<string>(), out var date) ? date : write.Draft.Start,
        write.Draft.Body["name"]?.GetValue<string>() ?? answer?["name"]?.GetValue<string>(),
        write.Draft.ExternalId,
        write.Changes,
        null,
        write.Draft.Source,
        EventJson.ToEvent(answer));

    private void Fail(IReadOnlyList<EventPlannedWrite> batch, IcuException cause, bool safeToRetry)
    {
        foreach (var write in batch)
        {
            var error = new IcuEventException(
                EventErrorIds.WriteFailed, cause.Category, string.Format(CultureInfo.InvariantCulture, EventMessages.RowFailed, write.Label, cause.Message),
                cause.FixHint + " " + (safeToRetry ? EventMessages.FixWriteFailed : EventMessages.FixWriteFailedNoExternalId), cause);
            results.Add((write.Order, new IcuEventResult(
                EventResultStatus.Failed, write.AthleteId, write.ExistingId, write.Draft.Start == default ? null : write.Draft.Start, write.Draft.Body["name"]?.GetValue<string>(), write.Draft.ExternalId, write.Changes, error, write.Draft.Source)));
        }
    }
}
