namespace IntervalsIcu.Emulator.Hosting;

/// <summary>
/// A host lifetime that hooks nothing: the default one grabs Ctrl+C and SIGTERM, which would let any one
/// of many in-process emulators stop itself. The owner of <see cref="EmulatorServer"/> decides when to stop.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
