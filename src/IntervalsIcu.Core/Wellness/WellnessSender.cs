using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Writes pending days with PUT /wellness-bulk in batches. The bulk PUT is idempotent (each day's fields
/// are set, not added), so the client retries it on 429 and 5xx; a batch that still fails becomes one
/// error per date of it and the other batches go on. After a 401 or 403 nothing more is sent: every
/// further request would be refused the same way.
/// </summary>
internal sealed class WellnessSender
{
    private readonly IcuSession session;
    private readonly WellnessUploadOptions options;
    private readonly IIcuLog log;
    private readonly CancellationToken cancellationToken;
    private readonly List<(int Order, IcuWellnessResult Result)> results = [];
    private IcuException? stoppedBy;

    public WellnessSender(IcuSession session, WellnessUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        this.session = session;
        this.options = options;
        this.log = log;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Bulk PUT requests made, a refused one included.</summary>
    public int Requests { get; private set; }

    public IReadOnlyList<(int Order, IcuWellnessResult Result)> Results => results;

    /// <summary>Cuts the writes into batches of at most BatchSize dates and MaxBatchBytes of JSON, in date order.</summary>
    public static List<List<WellnessPendingWrite>> Batch(IEnumerable<WellnessPendingWrite> writes, int batchSize, int maxBatchBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batches = new List<List<WellnessPendingWrite>>();
        var bytes = 0;
        foreach (var write in writes.OrderBy(write => write.Date))
        {
            var size = Encoding.UTF8.GetByteCount(write.Body.ToJsonString()) + 1;
            if (batches.Count == 0 || batches[^1].Count >= batchSize || (batches[^1].Count > 0 && bytes + size > maxBatchBytes))
            {
                batches.Add([]);
                bytes = 2;
            }

            batches[^1].Add(write);
            bytes += size;
        }

        return batches;
    }

    public async Task SendAsync(IReadOnlyList<WellnessPendingWrite> writes)
    {
        var batches = Batch(writes, options.BatchSize, options.MaxBatchBytes);
        for (var index = 0; index < batches.Count; index++)
        {
            var number = index + 1;
            var failedBefore = results.Count(result => result.Result.Status == WellnessResultStatus.Failed);
            if (stoppedBy is not null)
            {
                Fail(batches[index], number, stoppedBy);
            }
            else
            {
                await SendBatchAsync(batches[index], number).ConfigureAwait(false);
            }

            var succeeded = results.Count(result => result.Result.Status == WellnessResultStatus.Failed) == failedBefore;
            log.Verbose(string.Format(
                CultureInfo.InvariantCulture, succeeded ? WellnessMessages.LogBatchSent : WellnessMessages.LogBatchFailed, number, batches.Count, batches[index].Count));
            options.BatchCompleted?.Invoke(new WellnessBatchProgress(number, batches.Count, batches[index].Count, succeeded));
        }
    }

    /// <summary>
    /// One batch. A 400/422 means the server refused the content, a 413 its size, and wrote nothing of it:
    /// the batch is halved and each half sent again, so one bad day costs a few requests and fails alone.
    /// </summary>
    private async Task SendBatchAsync(IReadOnlyList<WellnessPendingWrite> batch, int number)
    {
        Requests++;
        try
        {
            await PutAsync(batch).ConfigureAwait(false);
            foreach (var write in batch)
            {
                results.Add((write.Order, new IcuWellnessResult(write.DateText, WellnessResultStatus.Sent, write.Changes, null, write.Source)));
            }
        }
        catch (IcuApiException refused) when (batch.Count > 1 && refused is IcuValidationException or { StatusCode: 413 })
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, WellnessMessages.LogBatchSplit, number, batch.Count, refused.Message));
            var half = batch.Count / 2;
            await SendBatchAsync(batch.Take(half).ToList(), number).ConfigureAwait(false);
            await SendBatchAsync(batch.Skip(half).ToList(), number).ConfigureAwait(false);
        }
        catch (IcuException failure) when (failure is IcuAuthenticationException or IcuAccessDeniedException)
        {
            stoppedBy = failure;
            Fail(batch, number, failure);
        }
        catch (IcuException failure)
        {
            Fail(batch, number, failure);
        }
    }

    private async Task PutAsync(IReadOnlyList<WellnessPendingWrite> batch)
    {
        var body = new JsonArray(batch.Select(write => (JsonNode)write.Body.DeepClone()).ToArray()).ToJsonString();
        var request = new IcuRequest(HttpMethod.Put, IcuRequest.ApiPath("athlete", session.AthleteId, "wellness-bulk"))
        {
            Content = () => new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await session.Client.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
    }

    private void Fail(IReadOnlyList<WellnessPendingWrite> batch, int number, IcuException cause)
    {
        foreach (var write in batch)
        {
            var error = new IcuWellnessBatchFailedException(write.DateText, number, batch.Count, cause);
            results.Add((write.Order, new IcuWellnessResult(write.DateText, WellnessResultStatus.Failed, write.Changes, error, write.Source)));
        }
    }
}
