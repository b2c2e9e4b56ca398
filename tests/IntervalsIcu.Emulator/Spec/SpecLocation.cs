namespace IntervalsIcu.Emulator.Spec;

/// <summary>
/// Where the OpenAPI document is: <c>INTERVALS_ICU_OPENAPI</c> when set, else
/// <c>shared/reference/intervals-icu-openapi.json</c> in a folder above the emulator or the working
/// directory (the document lives beside the repository, never in it).
/// </summary>
internal static class SpecLocation
{
    public const string EnvironmentVariable = "INTERVALS_ICU_OPENAPI";
    private const string RelativePath = "shared/reference/intervals-icu-openapi.json";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
