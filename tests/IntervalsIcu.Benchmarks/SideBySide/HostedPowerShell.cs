using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace IntervalsIcu.Benchmarks.SideBySide;

/// <summary>
/// One runspace of this process with the staged module (out/IntervalsIcu) imported, where the module's
/// commands and the hand-written ones run alternately, as a user's pwsh session would run them.
/// </summary>
internal sealed class HostedPowerShell : IDisposable
{
    private readonly Runspace runspace;

    public HostedPowerShell(string moduleManifest)
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(moduleManifest);
        state.ThrowOnRunspaceOpenError = true;
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    public void SetVariable(string name, object? value) => runspace.SessionStateProxy.SetVariable(name, value);

    /// <summary>Runs a script; any error fails the benchmark, since a failed run would time nothing real.</summary>
    public IReadOnlyList<PSObject> Run(string script)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        var output = shell.Invoke();
        if (shell.Streams.Error.Count > 0)
        {
            throw new InvalidOperationException($"The script wrote an error: {shell.Streams.Error[0]}\n{script}");
        }

        return output;
    }

    public void Dispose() => runspace.Dispose();
}
