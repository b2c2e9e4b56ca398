using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Data;

/// <summary>
/// Activity files: the originals uploaded (or, for demo activities, generated on demand from the
/// activity), the upload dedupe by file hash per athlete, and the tombstones a delete leaves behind
/// (api-facts §5.2: a tombstone blocks uploading the same file again). Thread-safe.
/// </summary>
public sealed class DemoActivityFiles
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string FileName, byte[] Bytes)> _uploadedById = new(StringComparer.Ordinal);
    private readonly Dictionary<(string AthleteId, string Hash), string> _activityIdByHash = [];
    private readonly HashSet<string> _tombstones = new(StringComparer.Ordinal);
    private int _lastActivityId = 60_000_000;

    /// <summary>The activity id a file with this content already produced for the athlete, if any (dedupe by hash).</summary>
    public string? FindByContent(string athleteId, byte[] content)
    {
        lock (_gate)
        {
            return _activityIdByHash.GetValueOrDefault((athleteId, Hash(content)));
        }
    }

    /// <summary>A new activity id for an activity without a file (manual, or a planned workout marked done).</summary>
    public string NewActivityId() => "i" + Interlocked.Increment(ref _lastActivityId).ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps an uploaded file as the original of a new activity and returns that activity's id.</summary>
    public string AddUpload(string athleteId, string fileName, byte[] content)
    {
        var id = NewActivityId();
        lock (_gate)
        {
            _uploadedById[id] = (fileName, content);
            _activityIdByHash[(athleteId, Hash(content))] = id;
        }

        return id;
    }

    public bool IsTombstoned(string activityId)
    {
        lock (_gate)
        {
            return _tombstones.Contains(activityId);
        }
    }

    /// <summary>A deleted activity keeps its hash, so the same file is still recognised as a duplicate.</summary>
    public void AddTombstone(string activityId)
    {
        lock (_gate)
        {
            _tombstones.Add(activityId);
        }
    }

    /// <summary>DELETE /activity/{id}/tombstone: forget the deleted activity's file so it can be uploaded again.</summary>
    public bool RemoveTombstone(string activityId)
    {
        lock (_gate)
        {
            foreach (var key in _activityIdByHash.Where(pair => pair.Value == activityId).Select(pair => pair.Key).ToList())
            {
                _activityIdByHash.Remove(key);
            }

            return _tombstones.Remove(activityId);
        }
    }

    /// <summary>
    /// The original file as the server keeps it: the name it was uploaded with and its bytes, or for a
    /// demo activity a generated FIT, GPX or TCX named like a device names its files. Null when the
    /// activity has no file (manual entries).
    /// </summary>
    public (string FileName, byte[] Bytes)? FindOriginal(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity["id"]?.GetValue<string>() ?? string.Empty;
        lock (_gate)
        {
            if (_uploadedById.TryGetValue(id, out var uploaded))
            {
                return uploaded;
            }
        }

        var fileType = activity["file_type"]?.GetValue<string>();
        if (fileType is null)
        {
            return null;
        }

        var start = activity["start_date_local"]?.GetValue<string>() ?? "activity";
        var fileName = start.Replace(':', '-').Replace('T', '-') + "." + fileType;
        return (fileName, Generate(fileType, activity));
    }

    /// <summary>Bytes that look like a small file of the type: a FIT header and records, or GPX/TCX XML.</summary>
    public static byte[] Generate(string fileType, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = activity["id"]?.GetValue<string>() ?? string.Empty;
        var start = activity["start_date"]?.GetValue<string>() ?? "2024-01-01T00:00:00Z";
        return fileType switch
        {
            "gpx" => Encoding.UTF8.GetBytes(
                $"""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="IntervalsIcu.Emulator"><metadata><name>{id}</name><time>{start}</time></metadata><trk><trkseg><trkpt lat="52.52" lon="13.40"><time>{start}</time></trkpt></trkseg></trk></gpx>"""),
            "tcx" => Encoding.UTF8.GetBytes(
                $"""<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Other"><Id>{start}</Id></Activity></Activities></TrainingCenterDatabase>"""),
            _ => FitFile(id),
        };
    }

    /// <summary>A 14-byte FIT file header (".FIT"), a few record bytes derived from the id, and a trailing CRC.</summary>
    public static byte[] FitFile(string seedText)
    {
        var records = Encoding.ASCII.GetBytes("IntervalsIcu.Emulator " + seedText);
        var file = new byte[14 + records.Length + 2];
        file[0] = 14;
        file[1] = 0x20;
        BitConverter.TryWriteBytes(file.AsSpan(2, 2), (ushort)2132);
        BitConverter.TryWriteBytes(file.AsSpan(4, 4), records.Length);
        Encoding.ASCII.GetBytes(".FIT").CopyTo(file, 8);
        records.CopyTo(file, 14);
        BitConverter.TryWriteBytes(file.AsSpan(file.Length - 2, 2), (ushort)DemoActivityStreams.StableHash(seedText));
        return file;
    }

    public static byte[] Gzip(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    private static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}
