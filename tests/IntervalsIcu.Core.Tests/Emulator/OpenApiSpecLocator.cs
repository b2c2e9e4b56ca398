using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator.Spec;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>The spec's schema validator for the emulator's conformance tests, when the spec is beside the repository.</summary>
internal static class OpenApiSpecLocator
{
    private static readonly Lazy<OpenApiSchemaValidator?> LazyValidator = new(() =>
        Find() is { } path ? OpenApiSchemaValidator.FromFile(path) : null);

    public static string SearchedLocation => SharedReference.SearchedLocation;

    /// <summary>A validator over the spec, or null when the spec is not there.</summary>
    public static OpenApiSchemaValidator? Validator => LazyValidator.Value;

    public static string? Find() => SharedReference.SpecPath;
}
