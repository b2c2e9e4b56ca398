using System.Runtime.InteropServices;

namespace IntervalsIcu.Emulator.Hosting;

/// <summary>Waits for Ctrl+C or SIGTERM, the standalone emulator's only way to stop.</summary>
internal static class ShutdownSignal
{
    public static async Task WaitAsync()
    {
        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            // Keep the process alive long enough to stop Kestrel cleanly.
            e.Cancel = true;
            stopRequested.TrySetResult();
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopRequested.TrySetResult();
        });
        try
        {
            await stopRequested.Task;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }
}
