using System.Collections.Concurrent;
using IntervalsIcu.Core.Logging;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>Keeps every message Core logs, so tests can assert what users would see (and what they must not).</summary>
public sealed class CapturingLog : IIcuLog
{
    private readonly ConcurrentQueue<(string Level, string Message)> entries = new();

    public IReadOnlyList<(string Level, string Message)> Entries => entries.ToList();

    public IEnumerable<string> Warnings => entries.Where(e => e.Level == "Warning").Select(e => e.Message);

    public void Verbose(string message) => entries.Enqueue(("Verbose", message));

    public void Debug(string message) => entries.Enqueue(("Debug", message));

    public void Warning(string message) => entries.Enqueue(("Warning", message));
}
