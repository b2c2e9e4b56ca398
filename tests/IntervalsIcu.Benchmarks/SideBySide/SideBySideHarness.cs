using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.InteropServices;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Benchmarks.SideBySide;

/// <summary>
/// Issue 13's side-by-side table: the module's commands against the hand-written Invoke-RestMethod ones,
/// alternately in one hosted pwsh 7.6.9, against the emulator with the real server's rate limit switched on.
/// Ratios, not absolute times, are the result: the machine is shared.
/// </summary>
internal static class SideBySideHarness
{
    private const int ThreeYearActivities = 1_086;
    private const int TenYearActivities = 14_600;
    private const int WellnessRows = 3_650;

    // Both sides start every timed run with the server's burst available again.
    private static readonly TimeSpan BucketRefill = TimeSpan.FromSeconds(1.5);

    private const string HandWrittenActivities =
        "(Invoke-RestMethod -Uri \"$BaseUri/api/v1/athlete/$AthleteId/activities?oldest=$($Today.AddDays(-{0}).ToString('yyyy-MM-dd'))&newest=$($Today.ToString('yyyy-MM-dd'))\" " +
        "-Credential $Cred -Authentication Basic -AllowUnencryptedAuthentication) | Export-Csv -Path $HandCsv -NoTypeInformation";

    private const string ModuleActivities =
        "Get-IcuActivity -Oldest $Today.AddDays(-{0}) -Newest $Today | Export-Csv -Path $ModuleCsv -NoTypeInformation";

    // Goal 4: the same ten fields on both sides, the module by its PowerShell names, the hand-written call by the API's.
    private const string SelectedProperties = "Name, IcuTrainingLoad, MovingTime, Distance, IcuAverageWatts, IcuWeightedAvgWatts, AverageHeartrate, MaxHeartrate, TotalElevationGain, Calories";
    private const string SelectedFields = "name,icu_training_load,moving_time,distance,icu_average_watts,icu_weighted_avg_watts,average_heartrate,max_heartrate,total_elevation_gain,calories";

    private const string HandWrittenSelectedActivities =
        "(Invoke-RestMethod -Uri \"$BaseUri/api/v1/athlete/$AthleteId/activities?oldest=$($Today.AddDays(-{0}).ToString('yyyy-MM-dd'))&newest=$($Today.ToString('yyyy-MM-dd'))&fields=" + SelectedFields + "\" " +
        "-Credential $Cred -Authentication Basic -AllowUnencryptedAuthentication) | Export-Csv -Path $HandCsv -NoTypeInformation";

    private const string ModuleSelectedActivities =
        "Get-IcuActivity -Oldest $Today.AddDays(-{0}) -Newest $Today -Property " + SelectedProperties + " | Export-Csv -Path $ModuleCsv -NoTypeInformation";

    public static async Task<int> RunAsync(int runs, string? only = null)
    {
        var manifest = Path.Combine(FindRepositoryRoot(), "out", "IntervalsIcu", "IntervalsIcu.psd1");
        if (!File.Exists(manifest))
        {
            Console.Error.WriteLine($"No staged module at {manifest}: run 'dotnet build IntervalsIcu.PowerShell.sln -c Release' first.");
            return 1;
        }

        if (StaleCoreProblem(manifest) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, PowerShell {typeof(PSObject).Assembly.GetName().Version}; module {manifest}"));
        var results = new List<SideBySideResult?>();

        // An athlete of ordinary density (one activity a day for three years) and ten years of wellness.
        await using (var server = await StartAsync(ThreeYearActivities, perDay: 1))
        {
            using var shell = Connect(manifest, server);
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                "30 days | Export-Csv",
                Format(ModuleActivities, 30),
                Format(HandWrittenActivities, 30))));
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                $"3 years ({ThreeYearActivities:N0} activities) | Export-Csv",
                Format(ModuleActivities, 3 * 365),
                Format(HandWrittenActivities, 3 * 365))));
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                $"{WellnessRows:N0} wellness rows written",
                "$null = $Rows | Set-IcuWellness",
                "$body = ConvertTo-Json -Compress -InputObject @($Rows | ForEach-Object { @{ id = $_.Date; weight = $_.Weight; restingHR = $_.RestingHR } }); " +
                "Invoke-RestMethod -Method Put -Uri \"$BaseUri/api/v1/athlete/$AthleteId/wellness-bulk\" -ContentType 'application/json' -Body $body " +
                "-Credential $Cred -Authentication Basic -AllowUnencryptedAuthentication",
                // Values that differ every run, so the module's diff finds every row changed.
                string.Create(CultureInfo.InvariantCulture,
                    $"$Rows = foreach ($day in 0..{WellnessRows - 1}) {{ [pscustomobject]@{{ Date = $Today.AddDays(-$day).ToString('yyyy-MM-dd'); Weight = 60 + $Run / 10 + ($day % 10) / 100; RestingHR = 40 + $Run % 20 }} }}"))));
        }

        // Four a day for ten years: the dense athlete.
        await using (var server = await StartAsync(TenYearActivities, perDay: 4))
        {
            using var shell = Connect(manifest, server);
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                $"10 years ({TenYearActivities:N0} activities) | Export-Csv",
                Format(ModuleActivities, 10 * 365),
                Format(HandWrittenActivities, 10 * 365))));
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                "10 years | Export-Csv with 10 properties",
                Format(ModuleSelectedActivities, 10 * 365),
                Format(HandWrittenSelectedActivities, 10 * 365))));
            // The first object: the module streams it from the first window; the single call has to read everything.
            results.Add(Measure(shell, server, runs, only, new SideBySideJob(
                "10 years | Select-Object -First 1",
                "$null = Get-IcuActivity -Oldest $Today.AddDays(-3650) -Newest $Today | Select-Object -First 1",
                "$null = Invoke-RestMethod -Uri \"$BaseUri/api/v1/athlete/$AthleteId/activities?oldest=$($Today.AddDays(-3650).ToString('yyyy-MM-dd'))&newest=$($Today.ToString('yyyy-MM-dd'))\" " +
                "-Credential $Cred -Authentication Basic -AllowUnencryptedAuthentication | Select-Object -First 1")));
        }

        if (results.All(result => result is null))
        {
            Console.Error.WriteLine($"No job's name contains '{only}'.");
            return 2;
        }

        return 0;
    }

    /// <summary>
    /// This program loads IntervalsIcu.Core itself (for the emulator), and the module then uses that copy, not
    /// its own: a module rebuilt without this program would be measured with an older Core.
    /// </summary>
    private static string? StaleCoreProblem(string manifest)
    {
        var staged = Path.Combine(Path.GetDirectoryName(manifest)!, "IntervalsIcu.Core.dll");
        using var file = File.OpenRead(staged);
        using var metadata = new System.Reflection.PortableExecutable.PEReader(file);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(metadata);
        var stagedVersion = reader.GetGuid(reader.GetModuleDefinition().Mvid);
        var loadedVersion = typeof(IntervalsIcu.Core.Sessions.IcuSession).Module.ModuleVersionId;
        return stagedVersion == loadedVersion
            ? null
            : $"The staged module's IntervalsIcu.Core ({staged}) is not the one this program loaded: build both the same way, e.g. 'dotnet build src/IntervalsIcu.PowerShell -c Release' then 'dotnet run -c Release --project tests/IntervalsIcu.Benchmarks -- pwsh' (which rebuilds this program).";
    }

    private static string Format(string script, int days) => script.Replace("{0}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task<EmulatorServer> StartAsync(int activities, int perDay)
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { RateLimitEnabled = true });
        var athlete = server.State.FindAthlete(DemoData.DemoAthleteId)!;
        DemoActivities.AddSynthetic(server.State, athlete.Id, activities, athlete.LocalNow(TimeProvider.System), perDay);
        return server;
    }

    private static HostedPowerShell Connect(string manifest, EmulatorServer server)
    {
        var shell = new HostedPowerShell(manifest);
        using var key = new System.Security.SecureString();
        foreach (var character in DemoData.DemoApiKey)
        {
            key.AppendChar(character);
        }

        shell.SetVariable("DemoKey", key.Copy());
        shell.SetVariable("BaseUri", server.BaseUri.ToString().TrimEnd('/'));
        shell.SetVariable("AthleteId", DemoData.DemoAthleteId);
        shell.SetVariable("ModuleCsv", Path.Combine(Path.GetTempPath(), "icu-bench-module.csv"));
        shell.SetVariable("HandCsv", Path.Combine(Path.GetTempPath(), "icu-bench-hand.csv"));
        shell.Run("Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri; $Cred = [pscredential]::new('API_KEY', $DemoKey); $Today = (Get-Date).Date");
        return shell;
    }

    /// <summary>One untimed warm-up of each side, then <paramref name="runs"/> timed pairs, the order swapped every pair.</summary>
    private static SideBySideResult? Measure(HostedPowerShell shell, EmulatorServer server, int runs, string? only, SideBySideJob job)
    {
        if (only is not null && !job.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var runNumber = 0;
        Timed(shell, server, job, job.ModuleScript, ++runNumber);
        Timed(shell, server, job, job.HandWrittenScript, ++runNumber);
        var module = new List<(double Ms, int Requests, int Throttled)>();
        var handWritten = new List<(double Ms, int Requests, int Throttled)>();
        for (var pair = 0; pair < runs; pair++)
        {
            if (pair % 2 == 0)
            {
                module.Add(Timed(shell, server, job, job.ModuleScript, ++runNumber));
                handWritten.Add(Timed(shell, server, job, job.HandWrittenScript, ++runNumber));
            }
            else
            {
                handWritten.Add(Timed(shell, server, job, job.HandWrittenScript, ++runNumber));
                module.Add(Timed(shell, server, job, job.ModuleScript, ++runNumber));
            }
        }

        var result = new SideBySideResult(
            job.Name,
            Median(module.Select(run => run.Ms)),
            (int)Median(module.Select(run => (double)run.Requests)),
            module.Max(run => run.Throttled),
            Median(handWritten.Select(run => run.Ms)),
            (int)Median(handWritten.Select(run => (double)run.Requests)),
            Median(module.Zip(handWritten, (m, h) => m.Ms / h.Ms)),
            runs);
        Console.WriteLine(result);
        return result;
    }

    private static (double Ms, int Requests, int Throttled) Timed(HostedPowerShell shell, EmulatorServer server, SideBySideJob job, string script, int runNumber)
    {
        shell.SetVariable("Run", runNumber);
        if (job.Prepare.Length > 0)
        {
            shell.Run(job.Prepare);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Thread.Sleep(BucketRefill);
        server.Requests.Clear();
        var clock = Stopwatch.StartNew();
        shell.Run(script);
        clock.Stop();
        var requests = server.Requests.All;
        return (clock.Elapsed.TotalMilliseconds, requests.Count, requests.Count(request => request.StatusCode == 429));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntervalsIcu.PowerShell.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The benchmark runs from inside the repository (it imports out/IntervalsIcu).");
    }
}
