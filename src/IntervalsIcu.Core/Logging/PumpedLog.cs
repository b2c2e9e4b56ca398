using IntervalsIcu.Core.Threading;

namespace IntervalsIcu.Core.Logging;

/// <summary>A log whose messages are delivered on the pump's thread, to whatever writers the caller gives.</summary>
public sealed class PumpedLog : IIcuLog
{
    private readonly CallerThreadPump pump;
    private readonly Action<string> verbose;
    private readonly Action<string> debug;
    private readonly Action<string> warning;

    public PumpedLog(CallerThreadPump pump, Action<string> verbose, Action<string> debug, Action<string> warning)
    {
        this.pump = pump;
        this.verbose = verbose;
        this.debug = debug;
        this.warning = warning;
    }

    public void Verbose(string message) => pump.Post(() => verbose(message));

    public void Debug(string message) => pump.Post(() => debug(message));

    public void Warning(string message) => pump.Post(() => warning(message));
}
