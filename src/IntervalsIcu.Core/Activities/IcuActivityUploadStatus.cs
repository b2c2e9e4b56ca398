namespace IntervalsIcu.Core.Activities;

/// <summary>What an upload did: 201 when at least one activity is new, 200 when the server had the file already (dedupe by hash).</summary>
public enum IcuActivityUploadStatus
{
    Created,
    Duplicate,
}
