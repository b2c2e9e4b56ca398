using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>One in-process emulator per test class, on a free loopback port, with a plain client pointed at it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorServer? server;
    private HttpClient? client;

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>No automatic decompression, no default credentials: emulator tests see exactly what the server sends.</summary>
    public HttpClient Client => client ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(new EmulatorOptions());
        client = new HttpClient { BaseAddress = server.BaseUri, Timeout = TimeSpan.FromSeconds(15) };
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
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
