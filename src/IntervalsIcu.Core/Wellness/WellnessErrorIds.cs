namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// The wellness ErrorIds: public contract, scripts match on them. The warnings carry theirs in the
/// message and in <see cref="IcuWellnessResult.ErrorId"/>, as a warning record has no id of its own.
/// </summary>
public static class WellnessErrorIds
{
    /// <summary>A row with a value that is not a number, not a date, or out of its plausible range; nothing of it was sent.</summary>
    public const string InvalidValue = "IcuWellnessInvalidValue";

    /// <summary>The bulk PUT holding the row still failed after the retries.</summary>
    public const string BatchFailed = "IcuWellnessBatchFailed";

    /// <summary>Reading the server's current values for the row's dates failed, so the row was not sent.</summary>
    public const string ReadFailed = "IcuWellnessReadFailed";

    /// <summary>The server refused to let the credential read wellness, which the safety checks need.</summary>
    public const string ReadDenied = "IcuWellnessReadDenied";

    /// <summary>A field name (in -Clear) that is no wellness field or cannot be cleared.</summary>
    public const string UnknownField = "IcuWellnessUnknownField";

    /// <summary>A row (or a call) that names no wellness field: only unknown columns, or no field parameter. Nothing was sent for it.</summary>
    public const string NoField = "IcuWellnessNoField";

    /// <summary>Warning: input columns that name no wellness field, each with the field it probably meant.</summary>
    public const string UnusedColumns = "IcuWellnessUnusedColumns";

    /// <summary>Warning: the pipeline brought no rows at all (an empty or header-only CSV).</summary>
    public const string NoInput = "IcuWellnessNoInput";

    /// <summary>-Date on the command line is not a date in the current culture's format or yyyy-MM-dd.</summary>
    public const string InvalidDateParameter = "IcuWellnessInvalidDateParameter";

    /// <summary>-Oldest after -Newest.</summary>
    public const string InvalidDateRange = "IcuWellnessInvalidDateRange";

    /// <summary>Warning: the day is locked on the server (fixed by hand) and -Force was not given.</summary>
    public const string LockedSkipped = "IcuWellnessLockedSkipped";

    /// <summary>Warning: several rows of one run had the same date; they were merged, later values winning.</summary>
    public const string DuplicateDate = "IcuWellnessDuplicateDate";
}
