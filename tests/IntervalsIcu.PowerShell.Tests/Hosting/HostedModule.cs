using System.Management.Automation;
using System.Management.Automation.Runspaces;
using IntervalsIcu.PowerShell.Tests.TestSupport;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>
/// The built module (out/IntervalsIcu) imported into a PowerShell runspace of this process, so a test can
/// run cmdlets and, at the same time, read the in-process emulator's own record of what reached it.
/// </summary>
public sealed class HostedModule : IDisposable
{
    private readonly Runspace runspace;

    public HostedModule()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepositoryLayout.ModuleManifest);
        state.ThrowOnRunspaceOpenError = true;
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
    }

    /// <summary>Sets a variable of the runspace (a SecureString key, the emulator's request log, ...).</summary>
    public void SetVariable(string name, object? value) => runspace.SessionStateProxy.SetVariable(name, value);

    /// <summary>Runs a script and returns what it wrote to each stream; a terminating error is returned, not thrown.</summary>
    public HostedRun Run(string script)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        return Collect(shell, () => shell.Invoke());
    }

    /// <summary>Starts a script, calls <paramref name="whileRunning"/> once it has written its first object, then stops it (Ctrl+C).</summary>
    public HostedRun RunAndStop(string script, TimeSpan timeout)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        using var firstObject = new ManualResetEventSlim();
        output.DataAdded += (_, _) => firstObject.Set();
        return Collect(shell, () =>
        {
            var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
            if (!firstObject.Wait(timeout))
            {
                throw new TimeoutException($"The script wrote nothing within {timeout}.");
            }

            shell.Stop();
            if (!running.AsyncWaitHandle.WaitOne(timeout))
            {
                throw new TimeoutException($"The script did not stop within {timeout} of Stop().");
            }

            return output;
        });
    }

    public void Dispose() => runspace.Dispose();

    private static HostedRun Collect(System.Management.Automation.PowerShell shell, Func<IEnumerable<PSObject>> invoke)
    {
        IReadOnlyList<PSObject> output = [];
        Exception? terminating = null;
        try
        {
            output = invoke().ToList();
        }
        catch (RuntimeException exception)
        {
            // PipelineStoppedException (a stop) is one too.
            terminating = exception;
        }

        return new HostedRun(
            output,
            shell.Streams.Error.ToList(),
            shell.Streams.Warning.Select(record => record.Message).ToList(),
            terminating,
            shell.InvocationStateInfo.State);
    }
}
