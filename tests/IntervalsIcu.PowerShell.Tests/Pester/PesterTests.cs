namespace IntervalsIcu.PowerShell.Tests.Pester;

/// <summary>
/// Every Pester test of tests/Pester, run in a real pwsh 7.6.9 (out/pwsh/pwsh) against the emulator and the
/// built module, each reported here as its own result under its own name. Nothing is skipped: a skipped or
/// not-run Pester test fails here with the reason.
/// </summary>
public sealed class PesterTests(PesterSuiteRun suite) : IClassFixture<PesterSuiteRun>
{
    public static TheoryData<PesterTestCase> DiscoveredTests()
    {
        var data = new TheoryData<PesterTestCase>();
        foreach (var test in PesterSuite.Discovery.Tests)
        {
            data.Add(new PesterTestCase(test.File, test.Path, test.Ordinal, test.Name));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DiscoveredTests))]
    public void Pester(PesterTestCase test)
    {
        var result = suite.Find(test.Key);
        if (result is null)
        {
            var file = suite.File(test.File);
            Assert.Fail($"The test did not run. Its file {test.File} ended {file?.Result ?? "without a result"}.{Environment.NewLine}{file?.Error}");
        }

        if (result.Result != "Passed")
        {
            Assert.Fail($"{result.ExpandedPath}: {result.Result}.{Environment.NewLine}{result.Error}{Environment.NewLine}(Whole log: out/TestResults/pester/pester.log)");
        }
    }

    [Fact]
    public void PesterFiles_AreAllDiscoveredWithoutError()
    {
        var failures = PesterSuite.Discovery.FailedFiles.Select(file => $"{file.File}: {file.Error}");
        Assert.Empty(failures);
        Assert.NotEmpty(PesterSuite.Discovery.Tests);
    }

    [Fact]
    public void PesterRun_RunsExactlyTheDiscoveredTests()
    {
        var discovered = PesterSuite.Discovery.Tests.Select(test => test.Key).ToHashSet();
        var ran = suite.Report.Tests.Select(test => test.Key).ToHashSet();

        Assert.Empty(ran.Except(discovered).Select(key => $"ran but not discovered: {key}"));
        Assert.Empty(discovered.Except(ran).Select(key => $"discovered but not run: {key}"));
    }

    [Fact]
    public void PesterFiles_EndWithoutFileLevelFailure()
    {
        // A failing test fails its file too; that is reported by the test itself. Here: what fails outside any test.
        var filesWithFailedTests = suite.Report.Tests.Where(test => test.Result == "Failed").Select(test => test.File).ToHashSet();
        var failed = suite.Report.Files
            .Where(file => !string.IsNullOrWhiteSpace(file.Error) || (file.Result != "Passed" && !filesWithFailedTests.Contains(file.File)))
            .Select(file => $"{file.File}: {file.Result}{Environment.NewLine}{file.Error}");
        Assert.Empty(failed);
    }
}
