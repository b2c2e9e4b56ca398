using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// Saves an activity's file. The original is served gzip-compressed (api-facts §5.2): it is
/// decompressed unless the caller keeps it compressed; whatever arrives gzip is recognised by its
/// magic bytes, so a proxy that already decoded it does no harm. The file is written beside its
/// target first and moved in place at the end, so a cancelled download leaves no half file; an
/// existing file is only replaced when overwriting is asked for.
/// </summary>
public static class ActivityFileDownloader
{
    public static async Task<FileInfo> SaveAsync(
        IcuSession session, string activityId, string directory, ActivityFileFormat format, bool keepCompressed, bool overwrite,
        IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(log);
        var id = ActivityIds.Check(activityId);
        var folder = Path.GetFullPath(directory);
        if (File.Exists(folder) || (!Directory.Exists(folder) && LooksLikeFileName(folder)))
        {
            throw IcuActivityException.SavePathIsFile(folder);
        }

        if (!Directory.Exists(folder))
        {
            throw IcuActivityException.DirectoryNotFound(folder);
        }

        try
        {
            // A connection that drops or stalls mid-body is a network failure of a GET: the download starts again.
            return await session.Client.ReadWithRetryAsync(
                FileRequest(id, format), response => SaveBodyAsync(response, id, folder, format, keepCompressed, overwrite, log, cancellationToken), log, cancellationToken).ConfigureAwait(false);
        }
        catch (IcuValidationException exception)
        {
            // 422: a Strava activity, or GPX of an activity without GPS.
            throw IcuActivityException.FileUnavailable(id, exception.ServerMessage ?? exception.Message);
        }
    }

    private static async Task<FileInfo> SaveBodyAsync(
        HttpResponseMessage response, string id, string folder, ActivityFileFormat format, bool keepCompressed, bool overwrite, IIcuLog log, CancellationToken cancellationToken)
    {
        var serverName = ServerFileName(response.Content.Headers.ContentDisposition);
        var partial = Path.Combine(folder, "." + id + "." + Guid.NewGuid().ToString("N") + ".partial");
        try
        {
            var (head, compressed) = await WriteAsync(response, partial, keepCompressed, cancellationToken).ConfigureAwait(false);
            var target = Path.Combine(folder, ActivityFileNames.For(id, serverName, format, head, compressed));
            Move(partial, target, overwrite);
            log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogSaved, id, target, new FileInfo(target).Length));
            return new FileInfo(target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static IcuRequest FileRequest(string activityId, ActivityFileFormat format) => format switch
    {
        ActivityFileFormat.Fit => IcuRequest.Get(IcuRequest.ApiPath("activity", activityId, "fit-file")),
        ActivityFileFormat.Gpx => IcuRequest.Get(IcuRequest.ApiPath("activity", activityId, "gpx-file")),
        _ => IcuRequest.Get(IcuRequest.ApiPath("activity", activityId, "file")),
    };

    /// <summary>Copies the body to <paramref name="path"/>, decompressing gzip unless kept; returns the first bytes written and whether they are gzip.</summary>
    private static async Task<(byte[] Head, bool Compressed)> WriteAsync(HttpResponseMessage response, string path, bool keepCompressed, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var buffered = new BufferedStream(body, 64 * 1024);
            var magic = new byte[2];
            var read = await buffered.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var isGzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            var whole = new PrefixedStream(magic.AsMemory(0, read), buffered);
            Stream source = isGzip && !keepCompressed ? new GZipStream(whole, CompressionMode.Decompress) : whole;
            await using (source.ConfigureAwait(false))
            {
                var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
                await using (output.ConfigureAwait(false))
                {
                    await source.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var head = new byte[512];
        await using var written = File.OpenRead(path);
        var length = await written.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var compressed = length >= 2 && head[0] == 0x1f && head[1] == 0x8b;
        return (head[..length], compressed);
    }

    private static void Move(string partial, string target, bool overwrite)
    {
        if (!overwrite && File.Exists(target))
        {
            throw IcuActivityException.FileExists(target);
        }

        try
        {
            File.Move(partial, target, overwrite);
        }
        catch (IOException) when (!overwrite && File.Exists(target))
        {
            // Created by someone else between the check and the move.
            throw IcuActivityException.FileExists(target);
        }
    }

    /// <summary>A path ending in an activity file's extension is a file name given where a folder belongs (as -OutFile users write).</summary>
    private static bool LooksLikeFileName(string path) =>
        Path.GetExtension(path).TrimStart('.').ToLowerInvariant() is "fit" or "gpx" or "tcx" or "gz" or "zip";

    private static string? ServerFileName(ContentDispositionHeaderValue? disposition) =>
        disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
}
