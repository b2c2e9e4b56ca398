using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// What Set-IcuWellness -PassThru writes per date. Every property is a plain value, so a scheduled job
/// can Export-Csv -Append the results to a log; the exception and the input row are reached through
/// methods, which Export-Csv does not show.
/// </summary>
public sealed class IcuWellnessResult
{
    private readonly IcuException? exception;
    private readonly object? source;

    internal IcuWellnessResult(string date, WellnessResultStatus status, IReadOnlyList<WellnessChange> changes, IcuException? exception, object? source, string? errorId = null)
    {
        Date = date;
        Status = status;
        Fields = new IcuList<string>(changes.Select(change => change.Field).ToList());
        Changes = string.Join("; ", changes);
        this.exception = exception;
        this.source = source;
        Error = exception?.Message;
        ErrorId = exception?.ErrorId ?? errorId;
    }

    /// <summary>The local date yyyy-MM-dd; for a row whose date could not be read, the text it gave.</summary>
    public string Date { get; }

    public WellnessResultStatus Status { get; }

    /// <summary>The fields written (Sent), or that would have been (SkippedLocked, Failed).</summary>
    public IcuList<string> Fields { get; }

    /// <summary>The field-level diff against the server, e.g. "Weight 70.9 -> 70.4; RestingHR (empty) -> 48".</summary>
    public string Changes { get; }

    /// <summary>Why the date was not written (Invalid, Failed), in words.</summary>
    public string? Error { get; }

    /// <summary>The ErrorId of <see cref="Error"/>, or IcuWellnessLockedSkipped for a locked day.</summary>
    public string? ErrorId { get; }

    /// <summary>The typed failure behind <see cref="Error"/>, with its fix hint.</summary>
    public IcuException? GetException() => exception;

    /// <summary>The pipeline object the date came from (the last one, when several rows had the date).</summary>
    public object? GetSource() => source;

    public override string ToString() => Date + " " + Status;
}
