using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Activities;

/// <summary>The outcome of uploading one file: what Import-IcuActivity writes per file.</summary>
public sealed class IcuActivityUpload
{
    /// <summary>The uploaded file's full path.</summary>
    public required string Path { get; init; }

    public required IcuActivityUploadStatus Status { get; init; }

    /// <summary>The activity the file made, or the one it duplicates. A multisport file can make several, see <see cref="ActivityIds"/>.</summary>
    public string? Id { get; init; }

    public required IcuList<string> ActivityIds { get; init; }

    public string? AthleteId { get; init; }

    public bool Created => Status == IcuActivityUploadStatus.Created;

    /// <summary>
    /// A duplicate of an activity that was deleted: its tombstone blocks uploading the same file again
    /// until it is removed (Import-IcuActivity -RemoveTombstone).
    /// </summary>
    public bool Tombstone { get; init; }
}
