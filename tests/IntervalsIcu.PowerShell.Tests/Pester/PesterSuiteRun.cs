namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>The whole Pester suite, run once for all the xunit cases that report its tests.</summary>
public sealed class PesterSuiteRun
{
    private readonly Dictionary<PesterTestKey, PesterTestReport> testsByKey;

    public PesterSuiteRun()
    {
        Report = PesterSuite.Run();
        testsByKey = Report.Tests.ToDictionary(test => test.Key);
    }

    public PesterRunReport Report { get; }

    public PesterTestReport? Find(PesterTestKey key) => testsByKey.GetValueOrDefault(key);

    public PesterFileReport? File(string file) => Report.Files.FirstOrDefault(candidate => candidate.File == file);
}
