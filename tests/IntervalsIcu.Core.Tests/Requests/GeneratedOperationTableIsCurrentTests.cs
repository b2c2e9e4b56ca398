using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Tests.Model;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Requests;

/// <summary>The committed operation table is exactly what the generator writes from the spec, and the check notices a spec that changed.</summary>
public sealed class GeneratedOperationTableIsCurrentTests
{
    private const string TableRelativePath = "src/IntervalsIcu.Core/Requests/Generated";

    [SkippableFact]
    public void GeneratedOperationTable_IsWhatTheGeneratorWritesFromTheSpec()
    {
        Skip.If(SharedReference.SpecPath is null, $"The OpenAPI spec was not found: looked for {SharedReference.SearchedLocation}.");

        var exitCode = Check(SharedReference.SpecPath!);

        Assert.True(exitCode == 0, "The committed operation table differs from the generator's output: run dotnet run --project tools/IntervalsIcu.ModelGenerator");
    }

    [SkippableFact]
    public void GeneratedOperationTable_DiffersFromOneWrittenFromASpecThatLostAnOperation()
    {
        Skip.If(SharedReference.SpecPath is null, $"The OpenAPI spec was not found: looked for {SharedReference.SearchedLocation}.");
        var bytes = File.ReadAllBytes(SharedReference.SpecPath!);
        var emitter = new IntervalsIcu.ModelGenerator.Emitter(Path.GetFileName(SharedReference.SpecPath!), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var committed = File.ReadAllText(Path.Combine(SharedReference.RepositoryRoot!, TableRelativePath, "IcuOperationTable.g.cs"));
        var spec = JsonNode.Parse(bytes)!;
        spec["paths"]!.AsObject().Remove("/api/v1/athlete/{id}/gear/{gearId}/calc");

        using var original = JsonDocument.Parse(bytes);
        using var changed = JsonDocument.Parse(spec.ToJsonString());

        Assert.Equal(committed, emitter.EmitOperations(IntervalsIcu.ModelGenerator.OperationTableBuilder.Build(original)));
        Assert.NotEqual(committed, emitter.EmitOperations(IntervalsIcu.ModelGenerator.OperationTableBuilder.Build(changed)));
    }

    private static int Check(string spec) =>
        IntervalsIcu.ModelGenerator.Program.Main(
        [
            "--check", "--spec", spec,
            "--out", Path.Combine(SharedReference.RepositoryRoot!, ModelTestFiles.GeneratedRelativePath),
            "--operations-out", Path.Combine(SharedReference.RepositoryRoot!, TableRelativePath),
        ]);
}
