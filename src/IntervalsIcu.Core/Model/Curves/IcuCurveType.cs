namespace IntervalsIcu.Core.Model;

/// <summary>What a best-effort curve measures.</summary>
public enum IcuCurveType
{
    /// <summary>Best mean power (watts) held for each duration.</summary>
    Power,

    /// <summary>Best time (seconds) over each distance, given as pace in seconds per kilometre.</summary>
    Pace,

    /// <summary>Best mean heart rate (bpm) held for each duration.</summary>
    HeartRate,
}
