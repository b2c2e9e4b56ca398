using System.Reflection;

namespace IntervalsIcu.PowerShell.Tests.TestSupport;

/// <summary>Where the build put what these tests run: the staged module, the SDK's pwsh, the Pester files.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    /// <summary>The configuration this test project (and so the emulator and the module) was built in.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    public static string ModuleManifest => Path.Combine(Root, "out", "IntervalsIcu", "IntervalsIcu.psd1");

    public static string Pwsh => Path.Combine(Root, "out", "pwsh", OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");

    public static string PesterDirectory => Path.Combine(Root, "tests", "Pester");

    /// <summary>Pester's own results (JSON, NUnit XML, the console log), beside the xunit ones that .ci/run reads.</summary>
    public static string PesterResultDirectory => Path.Combine(Root, "out", "TestResults", "pester");

    private static string Metadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
}
