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

    /// <summary>Serve the headers and the first bytes of the real body, then send nothing more (the connection stays open).</summary>
    StallBody,

    /// <summary>Serve the real body one byte per <see cref="QueuedFault.Delay"/>.</summary>
    TrickleBody,

    /// <summary>Serve the headers and half of the real body, then abort the connection.</summary>
    DropBody,

    /// <summary>Answer an error status whose body echoes the request's credential (a hostile server or a broken proxy).</summary>
    EchoCredential,

    /// <summary>Serve the request, with extra top-level fields whose values are the request's credential.</summary>
    EchoCredentialFields,

    /// <summary>Answer a success status with an empty body.</summary>
    Empty,

    /// <summary>Answer a redirect to <see cref="QueuedFault.Location"/>.</summary>
    Redirect,
}
