using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Events;

/// <summary>
/// What Set-IcuEvent / New-IcuEvent -PassThru write per row, and per event removed by -Prune. Plain
/// values, so a job can Export-Csv the results; the event, the exception and the input row are
/// reached through methods, which Export-Csv does not show.
/// </summary>
public sealed class IcuEventResult
{
    private readonly IcuException? exception;
    private readonly object? source;
    private readonly IcuEvent? calendarEvent;

    internal IcuEventResult(
        EventResultStatus status, string? athleteId, int? id, DateTime? date, string? name, string? externalId,
        IReadOnlyList<EventFieldChange> changes, IcuException? exception, object? source, IcuEvent? calendarEvent = null)
    {
        Status = status;
        AthleteId = athleteId;
        Id = id;
        Date = date;
        Name = name;
        ExternalId = externalId;
        Fields = new IcuList<string>(changes.Select(change => change.Field).ToList());
        Changes = string.Join("; ", changes);
        this.exception = exception;
        this.source = source;
        this.calendarEvent = calendarEvent;
        Error = exception?.Message;
        ErrorId = exception?.ErrorId;
    }

    public EventResultStatus Status { get; }

    public string? AthleteId { get; }

    /// <summary>The event's id on the calendar (after the write, for a created one).</summary>
    public int? Id { get; }

    /// <summary>The athlete's local date and time of day (Kind Unspecified: it is the athlete's wall clock).</summary>
    public DateTime? Date { get; }

    public string? Name { get; }

    public string? ExternalId { get; }

    /// <summary>The API fields written (Created, Updated) or that would have been.</summary>
    public IcuList<string> Fields { get; }

    /// <summary>The field-level diff against the calendar, e.g. "name \"Easy\" -> \"Easier\"".</summary>
    public string Changes { get; }

    public string? Error { get; }

    public string? ErrorId { get; }

    public IcuException? GetException() => exception;

    public object? GetSource() => source;

    /// <summary>The event as the server answered the write.</summary>
    public IcuEvent? GetEvent() => calendarEvent;

    public override string ToString() => $"{Date:yyyy-MM-dd} {Name} {Status}";
}
