using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Library;

/// <summary>
/// Creates checked workouts: one alone as POST /workouts, several per athlete as POST /workouts/bulk of at
/// most <see cref="WorkoutCreator.BatchSize"/>. Neither is ever replayed (a repeat would create the workouts
/// twice; there is no external_id to upsert on). A refused bulk (400/422) wrote nothing (api-facts §3) and is
/// halved until the bad rows fail alone, so the others go through. After a 401/403 nothing more is sent.
/// </summary>
internal sealed class WorkoutSender(IcuSession session, IIcuLog log, CancellationToken cancellationToken)
{
    private readonly List<(int Order, IcuWorkoutResult Result)> results = [];
    private IcuException? stoppedBy;

    public IReadOnlyList<(int Order, IcuWorkoutResult Result)> Results => results;

    public async Task SendAsync(IReadOnlyList<WorkoutDraft> drafts)
    {
        foreach (var athlete in drafts.GroupBy(draft => draft.AthleteId, StringComparer.Ordinal))
        {
            foreach (var batch in athlete.Chunk(WorkoutCreator.BatchSize))
            {
                await SendBatchAsync(athlete.Key, batch).ConfigureAwait(false);
            }
        }
    }

    private async Task SendBatchAsync(string athleteId, IReadOnlyList<WorkoutDraft> batch)
    {
        if (stoppedBy is not null)
        {
            Fail(batch, stoppedBy);
            return;
        }

        try
        {
            if (batch.Count == 1)
            {
                var answer = await EventJson.SendAsync(session, Post(athleteId, ["workouts"], batch[0].Body), log, cancellationToken).ConfigureAwait(false);
                results.Add((batch[0].Order, Created(batch[0], answer)));
                return;
            }

            var items = new JsonArray(batch.Select(draft => (JsonNode)draft.Body.DeepClone()).ToArray());
            var created = await EventJson.SendAsync(session, Post(athleteId, ["workouts", "bulk"], items), log, cancellationToken).ConfigureAwait(false) as JsonArray;
            for (var index = 0; index < batch.Count; index++)
            {
                results.Add((batch[index].Order, Created(batch[index], created is not null && index < created.Count ? created[index] : null)));
            }
        }
        catch (IcuValidationException refused) when (batch.Count > 1)
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, LibraryMessages.LogBatchSplit, batch.Count, refused.Message));
            var half = batch.Count / 2;
            await SendBatchAsync(athleteId, batch.Take(half).ToList()).ConfigureAwait(false);
            await SendBatchAsync(athleteId, batch.Skip(half).ToList()).ConfigureAwait(false);
        }
        catch (IcuException failure)
        {
            if (failure is IcuAuthenticationException or IcuAccessDeniedException)
            {
                stoppedBy = failure;
            }

            Fail(batch, failure);
        }
    }

    /// <summary>A POST that creates: <see cref="IcuRequest.SafeToRetry"/> false, so even a 503 is not repeated.</summary>
    private static IcuRequest Post(string athleteId, string[] path, JsonNode body) =>
        new(HttpMethod.Post, IcuRequest.ApiPath(["athlete", athleteId, .. path])) { Content = EventRequests.Json(body), SafeToRetry = false };

    private static IcuWorkoutResult Created(WorkoutDraft draft, JsonNode? answer) =>
        new(WorkoutResultStatus.Created, draft, EventJson.ToModel(answer, IcuModelJsonContext.Default.IcuWorkout), null);

    private void Fail(IReadOnlyList<WorkoutDraft> batch, IcuException cause)
    {
        foreach (var draft in batch)
        {
            var label = WorkoutRowParser.LabelOf(draft.Name, draft.FileName, draft.Order);
            var error = new IcuLibraryException(
                LibraryErrorIds.CreateFailed, cause.Category, string.Format(CultureInfo.InvariantCulture, EventMessages.RowFailed, label, cause.Message),
                cause.FixHint + " " + string.Format(CultureInfo.InvariantCulture, LibraryMessages.FixCreateFailed, draft.FolderId), cause);
            results.Add((draft.Order, new IcuWorkoutResult(WorkoutResultStatus.Failed, draft, null, error)));
        }
    }
}
