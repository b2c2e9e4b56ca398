using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Uploads an activity file as multipart/form-data with the part named <c>file</c> (the spec's
/// application/json is wrong, api-facts §1). A POST is not retried after a failure the server may have
/// committed it before: a repeated upload of the same file would only be a duplicate, but the module
/// never replays such a POST on its own. A 429 is retried: the server refused it unprocessed.
/// </summary>
public static class ActivityUploader
{
    /// <summary>Extensions the server accepts: FIT, TCX, GPX, and zip or gzip archives of them.</summary>
    public static IReadOnlyList<string> AcceptedExtensions { get; } = [".fit", ".tcx", ".gpx", ".zip", ".gz"];

    public static bool IsAccepted(string path) =>
        AcceptedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static async Task<IcuActivityUpload> UploadAsync(IcuSession session, string path, ActivityUploadOptions options, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw IcuActivityException.PathIsFolder(fullPath);
        }

        if (!File.Exists(fullPath))
        {
            throw IcuActivityException.FileNotFound(fullPath);
        }

        if (!IsAccepted(fullPath))
        {
            throw IcuActivityException.UnsupportedFile(fullPath);
        }

        using var response = await session.Client.SendAsync(UploadRequest(session.AthleteId, fullPath, options), log, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var upload = Parse(fullPath, response.StatusCode, body);
        if (upload.Status == IcuActivityUploadStatus.Duplicate)
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogDuplicateUpload, fullPath, upload.Id ?? "?"));
        }

        return upload;
    }

    /// <summary>DELETE /activity/{id}/tombstone: forgets a deleted activity's file so the same file can be uploaded again.</summary>
    public static async Task RemoveTombstoneAsync(IcuSession session, string activityId, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = ActivityIds.Check(activityId);
        using var response = await session.Client.SendAsync(new IcuRequest(HttpMethod.Delete, IcuRequest.ApiPath("activity", id, "tombstone")), log, cancellationToken).ConfigureAwait(false);
    }

    public static IcuRequest UploadRequest(string athleteId, string fullPath, ActivityUploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var query = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(KeyValuePair.Create(name, value));
            }
        }

        Add("name", options.Name);
        Add("description", options.Description);
        Add("device_name", options.DeviceName);
        Add("external_id", options.ExternalId);
        Add("paired_event_id", options.PairedEventId?.ToString(CultureInfo.InvariantCulture));
        return new IcuRequest(HttpMethod.Post, IcuRequest.ApiPath("athlete", athleteId, "activities"))
        {
            Query = query,
            Content = () => FileContent(fullPath),
        };
    }

    /// <summary>201 → created, 200 → duplicate; the body is <c>UploadResponse {icu_athlete_id, id, activities[]}</c>.</summary>
    public static IcuActivityUpload Parse(string fullPath, HttpStatusCode status, string body)
    {
        string? id = null;
        string? athleteId = null;
        var activityIds = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                id = Text(root, "id");
                athleteId = Text(root, "icu_athlete_id");
                if (root.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array)
                {
                    activityIds.AddRange(activities.EnumerateArray().Select(activity => Text(activity, "id")).OfType<string>());
                }
            }
        }
        catch (JsonException exception)
        {
            throw new IcuUnexpectedResponseException(
                new IcuRequestFailure("POST", "/api/v1/athlete/{id}/activities", (int)status, null, Messages.CauseMalformedJson), Messages.FixMalformedJson, exception);
        }

        if (id is null && activityIds.Count == 0)
        {
            // A 2xx that names no activity is neither a new activity nor a known duplicate.
            throw new IcuUnexpectedResponseException(
                new IcuRequestFailure("POST", "/api/v1/athlete/{id}/activities", (int)status, null, string.Format(CultureInfo.InvariantCulture, Messages.CauseUploadWithoutId, (int)status)),
                Messages.FixUploadWithoutId);
        }

        return new IcuActivityUpload
        {
            Path = fullPath,
            Status = status == HttpStatusCode.Created ? IcuActivityUploadStatus.Created : IcuActivityUploadStatus.Duplicate,
            Id = id ?? activityIds.FirstOrDefault(),
            ActivityIds = new IcuList<string>(activityIds),
            AthleteId = athleteId,

            // The server names the activity it already has but lists no live one: that activity was deleted.
            Tombstone = status != HttpStatusCode.Created && id is not null && activityIds.Count == 0,
        };
    }

    internal static MultipartFormDataContent FileContent(string fullPath)
    {
        var file = new StreamContent(new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", UploadFileName(fullPath) } };
    }

    /// <summary>
    /// The name sent in the form: legal file names on Linux and macOS (a quote, a backslash, a newline,
    /// non-ASCII) cannot all travel in a Content-Disposition header, so only safe ASCII is kept; the
    /// extension, which tells the server the format, always survives.
    /// </summary>
    public static string UploadFileName(string fullPath)
    {
        var name = System.IO.Path.GetFileName(fullPath);
        var extension = System.IO.Path.GetExtension(name);
        var stem = new string(name[..^extension.Length].Select(c => c is >= ' ' and <= '~' and not ('"' or '\\' or ';') ? c : '_').ToArray()).Trim();
        return (stem.Length == 0 ? "activity" : stem) + extension.ToLowerInvariant();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
