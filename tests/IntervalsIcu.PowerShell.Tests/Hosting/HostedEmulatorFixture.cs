using IntervalsIcu.Core.Tests.TestSupport;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>One in-process emulator per test class, and the module in a runspace connected to it as the demo athlete.</summary>
public sealed class HostedEmulatorFixture : IAsyncLifetime
{
    private readonly EmulatorFixture emulator = new();
    private HostedModule? module;

    public EmulatorServer Server => emulator.Server;

    public HostedModule Module => module ?? throw new InvalidOperationException("The module has not been imported.");

    public async Task InitializeAsync()
    {
        await emulator.InitializeAsync();
        module = new HostedModule();
        module.SetVariable("DemoKey", Secrets.Secure(DemoData.DemoApiKey));
        module.SetVariable("BaseUri", Server.BaseUri.ToString());
        module.SetVariable("Requests", Server.Requests);
        var connected = module.Run("Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri");
        if (connected.Terminating is not null || connected.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Connect-Icu failed: {connected.Terminating?.Message ?? connected.Errors[0].ToString()}");
        }
    }

    public async Task DisposeAsync()
    {
        module?.Dispose();
        await emulator.DisposeAsync();
    }

    /// <summary>Every test starts from a quiet server with an empty request log.</summary>
    public EmulatorServer Fresh() => emulator.Fresh();
}
