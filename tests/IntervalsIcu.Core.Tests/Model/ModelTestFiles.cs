using System.Text.Json;

namespace IntervalsIcu.Core.Tests.Model;

/// <summary>
/// Finds the OpenAPI document and the repository from the test assembly's folder. The spec is not part
/// of the repository: it lives in <c>shared/reference/</c> beside the repository root, and tests that
/// need it skip, naming the path, where it is absent.
/// </summary>
internal static class ModelTestFiles
{
    public const string SpecRelativePath = "shared/reference/intervals-icu-openapi.json";
    public const string GeneratedRelativePath = "src/IntervalsIcu.Core/Model/Generated";
    private const string SolutionFile = "IntervalsIcu.PowerShell.sln";

    private static readonly Lazy<string?> SpecPathLazy = new(() => FindUp(dir => Path.Combine(dir, SpecRelativePath), File.Exists));
    private static readonly Lazy<string?> RepositoryRootLazy = new(() => FindUp(dir => dir, dir => File.Exists(Path.Combine(dir, SolutionFile))));
    private static readonly Lazy<JsonDocument?> SpecLazy = new(() => SpecPathLazy.Value is { } path ? JsonDocument.Parse(File.ReadAllBytes(path)) : null);

    public static string? SpecPath => SpecPathLazy.Value;

    public static string? RepositoryRoot => RepositoryRootLazy.Value;

    /// <summary>The spec's <c>components.schemas</c>; skips the calling test when the spec is absent.</summary>
    public static JsonElement SchemasOrSkip()
    {
        Skip.If(
            SpecLazy.Value is null,
            $"The OpenAPI spec was not found: no folder above {AppContext.BaseDirectory} contains {SpecRelativePath}.");
        return SpecLazy.Value!.RootElement.GetProperty("components").GetProperty("schemas");
    }

    private static string? FindUp(Func<string, string> candidate, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = candidate(dir.FullName);
            if (exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
