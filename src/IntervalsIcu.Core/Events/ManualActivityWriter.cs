using System.Globalization;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// New-IcuActivity in Core: manual activities through <c>POST /activities/manual/bulk</c>, which always
/// upserts on external_id (spec), so a re-run with the same ExternalIds updates instead of duplicating.
/// A batch whose rows all carry an ExternalId is retried on 429/5xx; one with a row without is never
/// replayed. Unreadable rows fail alone; the others are written.
/// </summary>
public static class ManualActivityWriter
{
    public static async Task<IReadOnlyList<ManualActivityResult>> WriteAsync(
        IcuSession session, IReadOnlyList<EventRow> rows, int batchSize, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rows);
        var results = new ManualActivityResult?[rows.Count];
        var valid = new List<(int Index, string AthleteId, JsonObject Body, bool HasExternalId)>();
        for (var index = 0; index < rows.Count; index++)
        {
            var (body, problem) = Parse(rows[index]);
            if (problem is not null)
            {
                results[index] = new ManualActivityResult(null, Failure(rows[index], problem, IcuErrorCategory.InvalidData, EventMessages.FixInvalidRow), rows[index].Source);
                continue;
            }

            valid.Add((index, string.IsNullOrWhiteSpace(rows[index].AthleteId) ? session.AthleteId : rows[index].AthleteId!.Trim(), body!, body!.ContainsKey("external_id")));
        }

        foreach (var group in valid.GroupBy(row => (row.AthleteId, row.HasExternalId)))
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                var request = new Http.IcuRequest(HttpMethod.Post, Http.IcuRequest.ApiPath("athlete", group.Key.AthleteId, "activities", "manual", "bulk"))
                {
                    Content = EventRequests.Json(new JsonArray(batch.Select(row => (JsonNode)row.Body.DeepClone()).ToArray())),
                    SafeToRetry = group.Key.HasExternalId,
                };
                try
                {
                    var answer = await EventJson.SendAsync(session, request, log, cancellationToken).ConfigureAwait(false) as JsonArray;
                    for (var i = 0; i < batch.Length; i++)
                    {
                        results[batch[i].Index] = new ManualActivityResult(EventJson.ToModel(answer?[i], IcuModelJsonContext.Default.IcuActivity), null, rows[batch[i].Index].Source);
                    }
                }
                catch (IcuException failure) when (failure is not IcuAuthenticationException)
                {
                    var fix = failure.FixHint + " " + (group.Key.HasExternalId ? EventMessages.FixWriteFailed : EventMessages.FixWriteFailedNoExternalId);
                    foreach (var row in batch)
                    {
                        results[row.Index] = new ManualActivityResult(null, Failure(rows[row.Index], failure.Message, failure.Category, fix, failure), rows[row.Index].Source);
                    }
                }
            }
        }

        return results.Select(result => result!).ToList();
    }

    /// <summary>The event row rules (dates, durations, numbers) and the activity's own: a Type, an Rpe of 1–10, no category.</summary>
    private static (JsonObject? Body, string? Problem) Parse(EventRow row)
    {
        var (draft, error) = EventRowParser.Parse(row, 0, string.Empty);
        var problems = new List<string>();
        if (error is not null)
        {
            problems.Add(error.Message);
        }

        if (string.IsNullOrWhiteSpace(row.Type))
        {
            problems.Add("The row has no Type (Ride, Run, …).");
        }

        int rpe = 0;
        if (!ValueReader.IsBlank(row.Rpe) && !(ValueReader.TryInt(row.Rpe, out rpe) && rpe is >= 1 and <= 10))
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, EventMessages.InvalidNumber, "Rpe (1-10)", row.Rpe));
        }

        if (problems.Count > 0 || draft is null)
        {
            return (null, string.Join(" ", problems));
        }

        var body = draft.Body;
        body.Remove("category");
        if (!ValueReader.IsBlank(row.Rpe))
        {
            body["icu_rpe"] = rpe;
        }

        if (body["moving_time"] is JsonNode moving)
        {
            body["elapsed_time"] = moving.DeepClone();
        }

        return (body, null);
    }

    private static IcuEventException Failure(EventRow row, string problem, IcuErrorCategory category, string fix, Exception? cause = null)
    {
        var label = string.Join(' ', new[] { Convert.ToString(row.Date, CultureInfo.InvariantCulture), row.Name, row.ExternalId }.Where(part => !string.IsNullOrEmpty(part)));
        return new IcuEventException(EventErrorIds.ActivityRowFailed, category, string.Format(CultureInfo.InvariantCulture, EventMessages.ActivityRowFailed, label, problem), fix, cause);
    }
}
