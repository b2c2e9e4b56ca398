namespace IntervalsIcu.Core.Activities;

/// <summary>The numeric fields Set-IcuActivity -Clear can empty: the API clears a number when sent -1 (api-facts §1).</summary>
public enum ActivityNumericField
{
    Feel,
    Rpe,
    PerceivedExertion,
    TrainingLoad,
    KgLifted,
    CarbsIngested,
    PairedEventId,
}
