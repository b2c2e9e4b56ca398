using System.Xml.Linq;
using IntervalsIcu.HelpGenerator;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// The files of the module as the repository and the build leave them: the manifest template, the staged
/// module folder out/IntervalsIcu/ that dotnet build writes (this test project references the PowerShell
/// project so it is built first), the committed MAML and the help markdown. The cmdlets are read from the
/// staged assembly as metadata only; no PowerShell runs.
/// </summary>
internal static class ModuleLayout
{
    public const string ModuleName = "IntervalsIcu";
    public const string AssemblyFile = "IntervalsIcu.PowerShell.dll";
    public const string FormatFile = "IntervalsIcu.Format.ps1xml";
    public const string HelpFile = "IntervalsIcu.PowerShell.dll-Help.xml";

    private static readonly Lazy<string> RootLazy = new(() =>
        RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds IntervalsIcu.PowerShell.sln."));

    private static readonly Lazy<IReadOnlyList<CmdletMetadata>> CmdletsLazy = new(() => CmdletCatalog.Load(StagedAssembly));

    public static string Root => RootLazy.Value;

    /// <summary>The manifest template, with {{ModuleVersion}} still in it.</summary>
    public static string ManifestTemplate => Path.Combine(Root, ModuleName + ".psd1");

    public static string StagedFolder => Path.Combine(Root, "out", ModuleName);

    public static string StagedManifest => Path.Combine(StagedFolder, ModuleName + ".psd1");

    public static string StagedAssembly => Path.Combine(StagedFolder, AssemblyFile);

    public static string SourceFormatFile => Path.Combine(Root, "src", "IntervalsIcu.PowerShell", FormatFile);

    public static string CommittedHelp => Path.Combine(Root, "en-US", HelpFile);

    public static string DocsFolder => Path.Combine(Root, "docs", "en-US");

    /// <summary>The cmdlets compiled into the staged assembly, sorted by name.</summary>
    public static IReadOnlyList<CmdletMetadata> Cmdlets => CmdletsLazy.Value;

    public static Dictionary<string, object?> Manifest() => PowerShellDataFile.Read(ManifestTemplate);

    public static XDocument Help() => XDocument.Load(CommittedHelp);
}
