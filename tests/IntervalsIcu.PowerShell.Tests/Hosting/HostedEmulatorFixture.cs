using System.Security;
using IntervalsIcu.Emulator;

namespace IntervalsIcu.PowerShell.Tests.Hosting;

/// <summary>One in-process emulator per test class, and the module in a runspace connected to it as the demo athlete.</summary>
public sealed class HostedEmulatorFixture : IAsyncLifetime
{
    private EmulatorServer? server;
    private HostedModule? module;

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started.");

    public HostedModule Module => module ?? throw new InvalidOperationException("The module has not been imported.");

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(new EmulatorOptions());
        module = new HostedModule();
        module.SetVariable("DemoKey", ToSecureString(DemoData.DemoApiKey));
        module.SetVariable("BaseUri", server.BaseUri.ToString());
        module.SetVariable("Requests", server.Requests);
        var connected = module.Run("Connect-Icu -ApiKey $DemoKey -BaseUri $BaseUri");
        if (connected.Terminating is not null || connected.Errors.Count > 0)
        {
            throw new InvalidOperationException($"Connect-Icu failed: {connected.Terminating?.Message ?? connected.Errors[0].ToString()}");
        }
    }

    public async Task DisposeAsync()
    {
        module?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Every test starts from a quiet server with an empty request log.</summary>
    public EmulatorServer Fresh()
    {
        Server.Faults.Reset();
        Server.Requests.Clear();
        return Server;
    }

    private static SecureString ToSecureString(string text)
    {
        var secure = new SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
