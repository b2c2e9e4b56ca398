using System.Diagnostics;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Benchmarks.SideBySide;

internal static class Probe
{
    public static async Task<int> RunAsync(int activities, int perDay, int days, bool rateLimit, string[] scripts)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "IntervalsIcu.PowerShell.sln"))) root = Path.GetDirectoryName(root)!;
        var manifest = Path.Combine(root, "out", "IntervalsIcu", "IntervalsIcu.psd1");
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RateLimitEnabled = rateLimit });
        var athlete = server.State.FindAthlete(DemoData.DemoAthleteId)!;
        DemoActivities.AddSynthetic(server.State, athlete.Id, activities, athlete.LocalNow(TimeProvider.System), perDay);
        using var shell = new HostedPowerShell(manifest);
        using var key = new System.Security.SecureString();
        foreach (var c in DemoData.DemoApiKey) key.AppendChar(c);
        shell.SetVariable("DemoKey", key.Copy());
        shell.SetVariable("BaseUri", server.BaseUri.ToString().TrimEnd('/'));
        shell.SetVariable("AthleteId", DemoData.DemoAthleteId);
        shell.SetVariable("Days", days);
        shell.Run("Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri; $Cred = [pscredential]::new('API_KEY', $DemoKey); $Today = (Get-Date).Date; $Oldest=$Today.AddDays(-$Days); $Q=\"oldest=$($Oldest.ToString('yyyy-MM-dd'))&newest=$($Today.ToString('yyyy-MM-dd'))\"");
        for (var round = 0; round < (Environment.GetEnvironmentVariable("ROUNDS") is { } r ? int.Parse(r) : 3); round++)
        {
            foreach (var script in scripts)
            {
                GC.Collect();
                Thread.Sleep(1500);
                server.Requests.Clear();
                var gcs = GC.CollectionCount(0); var gcs2 = GC.CollectionCount(2); var gcPause = GC.GetTotalPauseDuration();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var output = shell.Run(script);
                clock.Stop();
                if (output.Count > 0) Console.WriteLine(string.Join(' ', output).Substring(0, Math.Min(400, string.Join(' ', output).Length)));
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine($"{round} {clock.ElapsedMilliseconds,7} ms wall {used.TotalMilliseconds,7:F0} ms cpu {server.Requests.All.Count,3} req gc0 {GC.CollectionCount(0)-gcs} gc2 {GC.CollectionCount(2)-gcs2} pause {(GC.GetTotalPauseDuration()-gcPause).TotalMilliseconds:F0} ms  {script}");
            }
        }
        return 0;
    }
}
