namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>
/// Finds the Intervals.icu OpenAPI document, which lives beside the repository (never inside it) at
/// <c>../shared/reference/intervals-icu-openapi.json</c>, by walking up from the test assembly's folder.
/// </summary>
internal static class OpenApiSpecLocator
{
    private static readonly string[] RelativeLocation = ["shared", "reference", "intervals-icu-openapi.json"];
    private static readonly Lazy<OpenApiSchemaValidator?> LazyValidator = new(() =>
        Find() is { } path ? OpenApiSchemaValidator.FromFile(path) : null);

    public static string SearchedLocation =>
        $"{Path.Combine(RelativeLocation)} in any folder above {AppContext.BaseDirectory}";

    /// <summary>A validator over the spec, or null when the spec is not there.</summary>
    public static OpenApiSchemaValidator? Validator => LazyValidator.Value;

    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, .. RelativeLocation]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
