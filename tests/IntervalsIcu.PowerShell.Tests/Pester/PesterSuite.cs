using System.Text.Json;
using IntervalsIcu.PowerShell.Tests.TestSupport;

namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>Drives tests/Pester/Invoke-PesterSuite.ps1 in out/pwsh/pwsh and reads back what it wrote.</summary>
public static class PesterSuite
{
    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<PesterDiscoveryReport> Discovered = new(Discover);

    private static string Script => Path.Combine(RepositoryLayout.PesterDirectory, "Invoke-PesterSuite.ps1");

    /// <summary>The tests of every Pester file, found without running them (once per test process).</summary>
    public static PesterDiscoveryReport Discovery => Discovered.Value;

    /// <summary>Runs every Pester file against one emulator; the console log is kept beside the results.</summary>
    public static PesterRunReport Run()
    {
        var directory = RepositoryLayout.PesterResultDirectory;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var result = PwshProcess.RunFile(Script, ["-Mode", "Run", "-ResultDirectory", directory, "-Configuration", RepositoryLayout.Configuration], TimeSpan.FromMinutes(30));
        File.WriteAllText(Path.Combine(directory, "pester.log"), result.Output);
        return Read<PesterRunReport>(Path.Combine(directory, "pester-results.json"), result);
    }

    private static PesterDiscoveryReport Discover()
    {
        var directory = Path.Combine(Path.GetTempPath(), "IntervalsIcu.PesterDiscovery." + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var result = PwshProcess.RunFile(Script, ["-Mode", "Discover", "-ResultDirectory", directory], TimeSpan.FromMinutes(5));
            return Read<PesterDiscoveryReport>(Path.Combine(directory, "pester-discovery.json"), result);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static T Read<T>(string reportPath, PwshResult run)
    {
        if (run.ExitCode != 0 || !File.Exists(reportPath))
        {
            throw new InvalidOperationException($"{Path.GetFileName(Script)} failed (exit code {run.ExitCode}) and wrote no {Path.GetFileName(reportPath)}. Its output:{Environment.NewLine}{run.Output}");
        }

        return JsonSerializer.Deserialize<T>(File.ReadAllText(reportPath), ReportJson)
            ?? throw new InvalidOperationException($"{reportPath} is empty.");
    }
}
