namespace IntervalsIcu.Core.Events;

/// <summary>One manual activity as given (CSV text or typed values); null is "not given".</summary>
public sealed class ManualActivityRow
{
    public string? AthleteId { get; init; }

    /// <summary>The athlete's local date, optionally with the time of day.</summary>
    public object? Date { get; init; }

    public object? Time { get; init; }

    public string? Type { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Seconds, h:mm:ss, or a TimeSpan.</summary>
    public object? MovingTime { get; init; }

    /// <summary>Metres.</summary>
    public object? Distance { get; init; }

    public object? Load { get; init; }

    /// <summary>Perceived exertion 1–10 (<c>icu_rpe</c>).</summary>
    public object? Rpe { get; init; }

    public string? ExternalId { get; init; }

    public object? Source { get; init; }
}
