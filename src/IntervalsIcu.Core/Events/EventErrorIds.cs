namespace IntervalsIcu.Core.Events;

/// <summary>The calendar's ErrorIds: public contract, scripts match on them.</summary>
public static class EventErrorIds
{
    /// <summary>A row with a value that cannot be read (date, category, duration, file); nothing of it was sent.</summary>
    public const string InvalidRow = "IcuEventInvalidRow";

    /// <summary>The bulk request holding the row failed (after retries where retrying is safe).</summary>
    public const string WriteFailed = "IcuEventWriteFailed";

    /// <summary>Reading the calendar for the diff failed, so the athlete's rows were not sent.</summary>
    public const string ReadFailed = "IcuEventReadFailed";

    /// <summary>-Prune without ExternalIds sharing a prefix: the plan cannot be recognised.</summary>
    public const string PruneNeedsPlanIds = "IcuEventPruneNeedsPlanIds";

    /// <summary>Removing an event (prune or Remove-IcuEvent) failed.</summary>
    public const string RemoveFailed = "IcuEventRemoveFailed";

    /// <summary>The event has no structured workout to save as a file.</summary>
    public const string NoWorkout = "IcuEventNoWorkout";

    /// <summary>A manual activity row that cannot be read, or whose write failed.</summary>
    public const string ActivityRowFailed = "IcuManualActivityFailed";
}
