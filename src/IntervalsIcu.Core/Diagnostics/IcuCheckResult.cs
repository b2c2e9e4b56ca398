namespace IntervalsIcu.Core.Diagnostics;

public enum IcuCheckResult
{
    Pass,
    Warn,
    Fail,
    Skip,
}
