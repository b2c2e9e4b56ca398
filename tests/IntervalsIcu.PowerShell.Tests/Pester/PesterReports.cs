namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>pester-discovery.json, as tests/Pester/Invoke-PesterSuite.ps1 writes it.</summary>
public sealed record PesterDiscoveryReport(IReadOnlyList<PesterTestReport> Tests, IReadOnlyList<PesterFileReport> FailedFiles);

/// <summary>pester-results.json: every test that ran, and every file with its own (block-level) failure.</summary>
public sealed record PesterRunReport(IReadOnlyList<PesterTestReport> Tests, IReadOnlyList<PesterFileReport> Files);

/// <summary>One test; Result, ExpandedPath, DurationMs and Error are only known after a run.</summary>
public sealed record PesterTestReport(string File, string Path, int Ordinal, string Name, string? ExpandedPath, string? Result, int DurationMs, string? Error)
{
    public PesterTestKey Key => new(File, Path, Ordinal);
}

/// <summary>One test file; Result is Failed when the file could not be read or a block around its tests failed.</summary>
public sealed record PesterFileReport(string File, string? Result, string? Error);
