namespace IntervalsIcu.Core.Events;

/// <summary>
/// One input row (a calendar event, or a manual activity) as the cmdlet received it: values are kept as given (CSV text, numbers, DateTime,
/// TimeSpan, bool) and read culture-invariantly by <see cref="EventRowParser"/>. Null means "not given".
/// </summary>
public sealed record EventRow
{
    /// <summary>Routes the row to a coached athlete; null is the session's athlete.</summary>
    public string? AthleteId { get; init; }

    /// <summary>An existing event to change (Set-IcuEvent); ignored for the match when ExternalId is given.</summary>
    public object? Id { get; init; }

    /// <summary>The athlete's local date (yyyy-MM-dd, a DateTime, a DateOnly), optionally with a time of day.</summary>
    public object? Date { get; init; }

    /// <summary>A wall-clock time of day (HH:mm, a TimeSpan or TimeOnly) added to <see cref="Date"/>.</summary>
    public object? Time { get; init; }

    public string? Category { get; init; }

    public string? Type { get; init; }

    public string? Name { get; init; }

    /// <summary>Intervals.icu workout text, e.g. "- 10m 60%".</summary>
    public string? Description { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>Seconds, h:mm:ss, or a TimeSpan.</summary>
    public object? MovingTime { get; init; }

    public object? Load { get; init; }

    public object? Indoor { get; init; }

    /// <summary>Metres.</summary>
    public object? Distance { get; init; }

    public string? Color { get; init; }

    /// <summary>Perceived exertion 1–10 (<c>icu_rpe</c>); manual activities only.</summary>
    public object? Rpe { get; init; }

    /// <summary>A .zwo, .mrc, .erg or .fit file whose contents are sent as the workout.</summary>
    public string? File { get; init; }

    /// <summary>The pipeline object the row came from, kept as the target of its error.</summary>
    public object? Source { get; init; }
}
