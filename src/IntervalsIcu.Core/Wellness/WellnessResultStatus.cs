namespace IntervalsIcu.Core.Wellness;

/// <summary>How one date of a Set-IcuWellness run ended.</summary>
public enum WellnessResultStatus
{
    /// <summary>Written to the server.</summary>
    Sent,

    /// <summary>Nothing to write: every given value equals the server's already (or FillEmpty found nothing empty).</summary>
    Unchanged,

    /// <summary>Not written: the day is locked on the server (fixed by hand) and -Force was not given.</summary>
    SkippedLocked,

    /// <summary>Not written: a value failed validation.</summary>
    Invalid,

    /// <summary>Not written: the request failed after its retries, or the day's current values could not be read.</summary>
    Failed,
}
