using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>One in-process emulator per test class, on a free loopback port.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorServer? server;

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => server = await EmulatorServer.StartAsync(new EmulatorOptions());

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Every test starts from a quiet server with an empty log.</summary>
    public EmulatorServer Fresh()
    {
        Server.Faults.Reset();
        Server.Requests.Clear();
        return Server;
    }
}
