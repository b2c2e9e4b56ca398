namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>What identifies a Pester test both at discovery and after the run.</summary>
public readonly record struct PesterTestKey(string File, string Path, int Ordinal);
