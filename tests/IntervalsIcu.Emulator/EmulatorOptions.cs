namespace IntervalsIcu.Emulator;

/// <summary>How to start an emulator. The defaults suit tests: a free loopback port, no throttling, silence.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on loopback; 0 picks a free one (read it back from <see cref="EmulatorServer.BaseUri"/>).</summary>
    public int Port { get; init; } = 0;

    /// <summary>Start with the real server's throttle (10 requests/s per client, short burst) switched on.</summary>
    public bool RateLimitEnabled { get; init; } = false;

    /// <summary>Write one line per request (method, path, status, duration) to the console. Never headers or keys.</summary>
    public bool LogToConsole { get; init; } = false;

    /// <summary>Where <see cref="LogToConsole"/> lines go instead of the console; lets tests read them.</summary>
    internal TextWriter? LogOutput { get; init; }
}
