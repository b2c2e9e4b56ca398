namespace IntervalsIcu.Benchmarks.SideBySide;

/// <summary>
/// One job of the issue-13 table: the module's command and the hand-written equivalent on the same data.
/// <paramref name="Prepare"/> runs untimed before every timed run with <c>$Run</c> set to the run's number
/// (for writes, so each run sends values the server does not hold yet).
/// </summary>
internal sealed record SideBySideJob(string Name, string ModuleScript, string HandWrittenScript, string Prepare = "");
