namespace IntervalsIcu.PowerShell.Tests.TestSupport;

/// <summary>How a pwsh process ended, and everything it wrote (standard output and error, interleaved).</summary>
public sealed record PwshResult(int ExitCode, string Output);
