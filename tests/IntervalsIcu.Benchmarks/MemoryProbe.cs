using System.Diagnostics;
using System.Globalization;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.Benchmarks;

/// <summary>
/// Peak memory of listing N activities, measured in a process that does nothing else: a child process
/// serves the emulator (so the server's data is not counted), another child lists and reports its own
/// peaks. BenchmarkDotNet's MemoryDiagnoser counts allocations, not the peak, hence this mode.
/// </summary>
public static class MemoryProbe
{
    public static async Task<int> RunAsync(IReadOnlyList<int> counts)
    {
        Console.WriteLine("| activities | managed heap peak (MB) | working set peak (MB) | listed | seconds |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            using var server = StartSelf("serve", count.ToString(CultureInfo.InvariantCulture));
            var ready = await server.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The emulator child printed nothing.");
            var baseUri = ready.Split(' ')[1];
            using var probe = StartSelf("probe", baseUri);
            var result = await probe.StandardOutput.ReadToEndAsync();
            await probe.WaitForExitAsync();
            server.StandardInput.Close();
            await server.WaitForExitAsync();
            Console.WriteLine($"| {count:N0} | {result.Trim()} |");
        }

        return 0;
    }

    /// <summary>Child: an emulator with N synthetic activities until stdin closes.</summary>
    public static async Task<int> ServeAsync(int count)
    {
        var (emulator, session, _) = await ListBenchmarks.Serve(count);
        session.Dispose();
        await using (emulator)
        {
            Console.WriteLine("READY " + emulator.BaseUri);
            await Console.In.ReadToEndAsync();
        }

        return 0;
    }

    /// <summary>Child: lists everything and prints its managed heap and working set peaks.</summary>
    public static async Task<int> ProbeAsync(Uri baseUri)
    {
        using var session = await ListBenchmarks.ConnectAsync(baseUri);
        GC.Collect();
        long peakHeap = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                await Task.Delay(2);
            }
        });
        var clock = Stopwatch.StartNew();
        var listed = await ListBenchmarks.CountAsync(session, ListBenchmarks.ListAll(session));
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{peakHeap / 1048576.0:F1} | {self.PeakWorkingSet64 / 1048576.0:F1} | {listed:N0} | {clock.Elapsed.TotalSeconds:F1}"));
        return 0;
    }

    private static Process StartSelf(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(MemoryProbe).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
    }
}
