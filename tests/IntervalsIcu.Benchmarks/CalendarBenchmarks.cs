using BenchmarkDotNet.Attributes;
using IntervalsIcu.Core.Events;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Benchmarks;

/// <summary>
/// Set-IcuEvent's Core path writing a season of 1,000 planned workouts to an empty calendar of the
/// in-process emulator: one calendar read and ⌈1000 / batch⌉ bulk upserts (10 with the default 100).
/// </summary>
public class CalendarBenchmarks
{
    private EmulatorServer? emulator;
    private IcuSession? session;
    private List<EventRow>? season;

    [Params(1_000)]
    public int Workouts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        emulator = EmulatorServer.StartAsync(new EmulatorOptions()).GetAwaiter().GetResult();
        session = ListBenchmarks.ConnectAsync(emulator.BaseUri).GetAwaiter().GetResult();
        var first = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        season = Enumerable.Range(0, Workouts)
            .Select(day => new EventRow
            {
                Date = first.AddDays(day),
                Type = day % 3 == 0 ? "Run" : "Ride",
                Name = "Workout " + day,
                Description = "- 15m 60%\n4x\n- 5m 100%\n- 3m 50%\n- 10m 55%",
                ExternalId = "season-" + day,
            })
            .ToList();
    }

    /// <summary>Each iteration starts from an empty calendar, so every row is a create.</summary>
    [IterationSetup]
    public void EmptyCalendar()
    {
        emulator!.State.Events.Clear();
        emulator.Requests.Clear();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// requests in the last iteration: {emulator!.Requests.Count("POST", "/events/bulk")} bulk upserts, {emulator.Requests.Count("GET", "/events")} calendar reads");
        session?.Dispose();
        emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> WriteSeason()
    {
        var report = await EventUploader.UploadAsync(session!, season!, new EventUploadOptions(), NullIcuLog.Instance, CancellationToken.None);
        return report.Count(EventResultStatus.Created);
    }
}
