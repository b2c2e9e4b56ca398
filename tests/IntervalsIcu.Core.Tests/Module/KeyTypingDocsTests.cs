using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// The docs never show typing a key into <c>$env:INTERVALS_ICU_API_KEY = '…'</c> at a prompt: PSReadLine's
/// default history filter does not match that line, so the key would land in the history file (issue 9 §12).
/// Only the emulator's published demo keys may appear as literals.
/// </summary>
public sealed partial class KeyTypingDocsTests
{
    public static TheoryData<string> DocumentFiles()
    {
        var root = ModuleLayout.Root;
        var files = new TheoryData<string>();
        foreach (var path in new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "en-US"), "*.txt"))
            .Concat(Directory.GetFiles(ModuleLayout.DocsFolder, "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(root, "examples"), "*.ps1")))
        {
            files.Add(Path.GetRelativePath(root, path));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(DocumentFiles))]
    public void Docs_NeverShowTypingARealKeyIntoTheEnvironmentVariable(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(ModuleLayout.Root, relativePath));

        var typed = lines.Where(line => TypedKey().Match(line) is { Success: true } match && !match.Groups["value"].Value.StartsWith("emu0", StringComparison.Ordinal));

        Assert.Empty(typed);
    }

    [Fact]
    public void Docs_ShowAWayThatKeepsTheKeyOutOfTheHistory()
    {
        var readme = File.ReadAllText(Path.Combine(ModuleLayout.Root, "README.md"));
        var authentication = File.ReadAllText(Path.Combine(ModuleLayout.Root, "en-US", "about_IntervalsIcu_Authentication.help.txt"));

        Assert.Contains("Read-Host 'API key' -MaskInput", authentication, StringComparison.Ordinal);
        Assert.Contains("history", authentication, StringComparison.Ordinal);
        Assert.Contains("-MaskInput", readme, StringComparison.Ordinal);
        Assert.Contains("history", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$env:INTERVALS_ICU_API_KEY\s*=\s*['""](?<value>[^'""]*)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex TypedKey();
}
