namespace IntervalsIcu.Core.Logging;

/// <summary>Discards everything; the default when nobody listens.</summary>
public sealed class NullIcuLog : IIcuLog
{
    public static readonly NullIcuLog Instance = new();

    private NullIcuLog()
    {
    }

    public void Verbose(string message)
    {
    }

    public void Debug(string message)
    {
    }

    public void Warning(string message)
    {
    }
}
