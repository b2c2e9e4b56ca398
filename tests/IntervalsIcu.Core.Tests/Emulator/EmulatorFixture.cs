using IntervalsIcu.Emulator;

namespace IntervalsIcu.Core.Tests.Emulator;

/// <summary>One emulator on a free port per test class, with a plain client pointed at it.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    /// <summary>No automatic decompression, no default credentials: tests see exactly what the server sends.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync();
        Client = new HttpClient { BaseAddress = Server.BaseUri, Timeout = TimeSpan.FromSeconds(15) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Tests of one class share the emulator; each starts with no faults and an empty log.</summary>
    public void ResetBetweenTests()
    {
        Server.Faults.Reset();
        Server.Requests.Clear();
    }
}
