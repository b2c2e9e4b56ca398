using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>The committed models are exactly what the generator writes from the spec (its --check mode, run in-process).</summary>
public sealed class GeneratedModelsAreCurrentTests
{
    [SkippableFact]
    public void GeneratedModels_AreWhatTheGeneratorWritesFromTheSpec()
    {
        Skip.If(SharedReference.SpecPath is null, $"The OpenAPI spec was not found: looked for {SharedReference.SearchedLocation}.");
        var generated = Path.Combine(SharedReference.RepositoryRoot!, ModelTestFiles.GeneratedRelativePath);

        var exitCode = IntervalsIcu.ModelGenerator.Program.Main(["--check", "--spec", SharedReference.SpecPath!, "--out", generated]);

        Assert.True(exitCode == 0, "The committed models differ from the generator's output: run dotnet run --project tools/IntervalsIcu.ModelGenerator");
    }
}
