namespace IntervalsIcu.Emulator.Faults;

internal enum FaultKind
{
    /// <summary>Answer an error status with a realistic body instead of serving the request.</summary>
    Fail,

    /// <summary>Serve the request normally, but only after a pause.</summary>
    Delay,

    /// <summary>Abort the connection without any response.</summary>
    Drop,

    /// <summary>Serve 200 with the body cut short, so it is not valid JSON.</summary>
    Malform,
}
