namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>
/// Finds what lives outside the test assembly by walking up from its folder: the repository root, and
/// the OpenAPI document, which is never inside the repository but in <c>shared/reference/</c> beside it.
/// Tests that need the spec skip, naming where they looked, when it is absent.
/// </summary>
internal static class SharedReference
{
    public const string SpecRelativePath = "shared/reference/intervals-icu-openapi.json";
    private const string SolutionFile = "IntervalsIcu.PowerShell.sln";

    private static readonly Lazy<string?> SpecPathLazy = new(() => FindUp(dir => Path.Combine(dir, SpecRelativePath), File.Exists));
    private static readonly Lazy<string?> RepositoryRootLazy = new(() => FindUp(dir => dir, dir => File.Exists(Path.Combine(dir, SolutionFile))));

    public static string? SpecPath => SpecPathLazy.Value;

    public static string? RepositoryRoot => RepositoryRootLazy.Value;

    public static string SearchedLocation => $"{SpecRelativePath} in any folder above {AppContext.BaseDirectory}";

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
