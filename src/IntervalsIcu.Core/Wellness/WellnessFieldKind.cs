namespace IntervalsIcu.Core.Wellness;

/// <summary>How a wellness field's value is read from text and sent as JSON.</summary>
public enum WellnessFieldKind
{
    /// <summary>A JSON int32, e.g. restingHR. "48.0" is read as 48; "48.5" is refused.</summary>
    Integer,

    /// <summary>A JSON float, e.g. weight.</summary>
    Number,

    /// <summary>Hours given as a number or as h:mm, sent as whole seconds (SleepHours writes sleepSecs).</summary>
    Hours,

    /// <summary>Free text, e.g. comments.</summary>
    Text,

    /// <summary>One of a fixed list of words, e.g. menstrualPhase.</summary>
    Choice,

    /// <summary>true or false, e.g. locked.</summary>
    Flag,
}
