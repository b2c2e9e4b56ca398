namespace IntervalsIcu.Core.Logging;

/// <summary>
/// Where Core reports what it does. The cmdlet layer forwards these to PowerShell's streams on the
/// pipeline thread; tests capture them. Nothing written here may contain a secret.
/// </summary>
public interface IIcuLog
{
    void Verbose(string message);

    void Debug(string message);

    void Warning(string message);
}
