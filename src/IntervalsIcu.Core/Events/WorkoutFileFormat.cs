namespace IntervalsIcu.Core.Events;

/// <summary>The trainer file formats the server converts a planned workout to (api-facts §5.4).</summary>
public enum WorkoutFileFormat
{
    /// <summary>Zwift.</summary>
    Zwo,

    /// <summary>% FTP course file (TrainerRoad, Golden Cheetah…).</summary>
    Mrc,

    /// <summary>Watts course file.</summary>
    Erg,

    /// <summary>Garmin and most head units.</summary>
    Fit,
}
