using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IntervalsIcu.Benchmarks;
using IntervalsIcu.Benchmarks.SideBySide;
using IntervalsIcu.Emulator.Data;

// dotnet run -c Release --project tests/IntervalsIcu.Benchmarks -- [decode|list|calendar|memory|all|pwsh [runs] [job]]
// A short in-process job: it finishes in minutes on two cores (and needs no project generation for net10.0).
var mode = args.Length > 0 ? args[0] : "all";
switch (mode)
{
    case "serve":
        return await MemoryProbe.ServeAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
    case "probe":
        return await MemoryProbe.ProbeAsync(new Uri(args[1]));
    case "pwsh":
        // The module against the hand-written Invoke-RestMethod calls (issue 13), median of 3 pairs unless told;
        // a third argument runs only the jobs whose name contains it (pwsh 5 wellness).
        return await SideBySideHarness.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3, args.Length > 2 ? args[2] : null);
}

var config = InProcess(warmups: 2, iterations: 5);
if (mode is "decode" or "all")
{
    // The README names the input, so the run prints it.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decode input: 10,000 activities, {DemoActivities.ListJson(10_000).Length:N0} bytes of JSON"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one IcuActivity object: {BenchmarkData.ActivityObjectBytes():N0} bytes"));
    // Fifteen iterations, not five: on this shared machine a single slow iteration of the 40 ms baseline moves the ratio by a tenth.
    BenchmarkRunner.Run<DecodeBenchmarks>(InProcess(warmups: 3, iterations: 15));
    await DecodePairs.RunAsync(pairs: 41);
}

if (mode is "list" or "all")
{
    BenchmarkRunner.Run<ListBenchmarks>(config);
}

if (mode is "calendar" or "all")
{
    BenchmarkRunner.Run<CalendarBenchmarks>(config);
}

if (mode is "memory" or "all")
{
    return await MemoryProbe.RunAsync([5_000, 50_000]);
}

return 0;

static ManualConfig InProcess(int warmups, int iterations) => ManualConfig.CreateMinimumViable()
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(warmups).WithIterationCount(iterations).WithLaunchCount(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
