using System.Text;
using System.Text.Json;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>Changes and deletes activities. PUT and DELETE are idempotent, so the client may retry them on 429/5xx.</summary>
public static class ActivityWriter
{
    /// <summary>PUT /activity/{id} with only the update's fields; answers the whole activity. Strava activities are refused (422).</summary>
    public static Task<IcuActivity> UpdateAsync(IcuSession session, string activityId, ActivityUpdate update, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(update);
        var id = ActivityIds.Check(activityId);
        if (update.IsEmpty)
        {
            throw IcuActivityException.NoChange(id);
        }

        return session.Client.GetJsonAsync(UpdateRequest(id, update), IcuModelJsonContext.Default.IcuActivity, log, cancellationToken);
    }

    public static IcuRequest UpdateRequest(string activityId, ActivityUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var json = update.ToJson().ToJsonString();
        return new IcuRequest(HttpMethod.Put, IcuRequest.ApiPath("activity", activityId))
        {
            Content = () => new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>DELETE /activity/{id}. The server keeps a tombstone: the same file cannot be uploaded again until it is removed.</summary>
    public static async Task<IcuDeletedActivity> DeleteAsync(IcuSession session, string activityId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = ActivityIds.Check(activityId);
        using var response = await session.Client.SendAsync(new IcuRequest(HttpMethod.Delete, IcuRequest.ApiPath("activity", id)), log, cancellationToken).ConfigureAwait(false);

        // The answer names the owner; when an earlier attempt's answer was lost there is none, and none is needed.
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new IcuDeletedActivity(id, OwnerOf(body));
    }

    private static string? OwnerOf(byte[] body)
    {
        try
        {
            using var answer = JsonDocument.Parse(body);
            return answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty("icu_athlete_id", out var owner) && owner.ValueKind == JsonValueKind.String
                ? owner.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
