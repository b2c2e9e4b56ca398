using System.Text;
using System.Text.RegularExpressions;

namespace IntervalsIcu.HelpGenerator;

/// <summary>Reading, comparing and writing the generated files: UTF-8 without BOM, \n line ends, compared ignoring \r.</summary>
public static class HelpFile
{
    public static void WriteText(string path, string text) =>
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>True when the texts differ at most in line ends (a Windows checkout may carry \r\n).</summary>
    public static bool SameText(string committed, string generated) => FirstDifference(committed, generated) is null;

    /// <summary>"line N: committed '…', generated '…'", or null when equal but for line ends.</summary>
    public static string? FirstDifference(string committed, string generated)
    {
        var a = Normalize(committed).Split('\n');
        var b = Normalize(generated).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of file)";
            if (left != right)
            {
                return $"line {i + 1}: committed '{left.Trim()}', generated '{right.Trim()}'";
            }
        }

        return null;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}

/// <summary>Where a cmdlet's page is online: the docs folder under the manifest's ProjectUri.</summary>
public static partial class OnlineHelp
{
    /// <summary>A function from cmdlet name to its online page, or to null when the manifest names no ProjectUri.</summary>
    public static Func<string, string?> UriFor(string manifestPath)
    {
        var match = File.Exists(manifestPath) ? ProjectUri().Match(File.ReadAllText(manifestPath)) : Match.Empty;
        if (!match.Success)
        {
            return _ => null;
        }

        var project = match.Groups[1].Value.TrimEnd('/');
        return name => $"{project}/blob/main/docs/en-US/{name}.md";
    }

    [GeneratedRegex(@"ProjectUri\s*=\s*'([^']+)'")]
    private static partial Regex ProjectUri();
}

/// <summary>The folder that holds IntervalsIcu.PowerShell.sln, found by walking up.</summary>
public static class RepositoryRoot
{
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Program.SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
