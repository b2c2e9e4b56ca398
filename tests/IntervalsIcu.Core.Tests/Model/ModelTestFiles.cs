using System.Text.Json;
using IntervalsIcu.Core.Tests.TestSupport;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>The spec's schemas and the generated folder, for the tests that compare models and spec.</summary>
internal static class ModelTestFiles
{
    public const string GeneratedRelativePath = "src/IntervalsIcu.Core/Model/Generated";

    private static readonly Lazy<JsonDocument?> SpecLazy = new(() => SharedReference.SpecPath is { } path ? JsonDocument.Parse(File.ReadAllBytes(path)) : null);

    public static string? SpecPath => SharedReference.SpecPath;

    public static string? RepositoryRoot => SharedReference.RepositoryRoot;

    /// <summary>The spec's <c>components.schemas</c>; skips the calling test when the spec is absent.</summary>
    public static JsonElement SchemasOrSkip()
    {
        Skip.If(
            SpecLazy.Value is null,
            $"The OpenAPI spec was not found: looked for {SharedReference.SearchedLocation}.");
        return SpecLazy.Value!.RootElement.GetProperty("components").GetProperty("schemas");
    }
}
