using System.Management.Automation;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>What a script wrote, and how it ended (a terminating error is kept as <see cref="Terminating"/>).</summary>
public sealed record HostedRun(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Warnings,
    Exception? Terminating,
    PSInvocationState State)
{
    /// <summary>The ErrorRecord of the terminating error, whether PowerShell threw it as such or as a RuntimeException.</summary>
    public ErrorRecord? TerminatingRecord => (Terminating as IContainsErrorRecord)?.ErrorRecord;
}
