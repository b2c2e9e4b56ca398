using System.Diagnostics;
using System.Text;

namespace IntervalsIcu.PowerShell.Tests.TestSupport;

/// <summary>Runs a script in out/pwsh/pwsh as a separate process, as a user or a scheduled job would.</summary>
public static class PwshProcess
{
    /// <summary>The user's own key and athlete must never reach a test; a test that needs them sets its own.</summary>
    private static readonly string[] UserVariables = ["INTERVALS_ICU_API_KEY", "INTERVALS_ICU_ATHLETE_ID", "ICU_TEST_EMULATOR"];

    public static PwshResult RunFile(string scriptPath, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        if (!File.Exists(RepositoryLayout.Pwsh))
        {
            throw new InvalidOperationException($"The SDK's pwsh is not at {RepositoryLayout.Pwsh}: build tests/IntervalsIcu.Pwsh (dotnet build IntervalsIcu.PowerShell.sln).");
        }

        var start = new ProcessStartInfo(RepositoryLayout.Pwsh)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-NoProfile", "-NonInteractive", "-File", scriptPath }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in UserVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["ICU_TEST_MODULE"] = RepositoryLayout.ModuleManifest;
        start.Environment["NO_COLOR"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"pwsh -File {scriptPath} did not end within {timeout}; it was stopped. Its output:{Environment.NewLine}{Text(output)}");
        }

        process.WaitForExit();
        return new PwshResult(process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
