namespace IntervalsIcu.Core.Threading;

/// <summary>Progress reports delivered on the pump's thread, where PowerShell allows WriteProgress.</summary>
public sealed class PumpedProgress<T>(CallerThreadPump pump, Action<T> report) : IProgress<T>
{
    public void Report(T value) => pump.Post(() => report(value));
}
