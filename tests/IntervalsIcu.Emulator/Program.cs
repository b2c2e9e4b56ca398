using System.Globalization;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Hosting;

// Standalone emulator for trying the module without an account:
//   dotnet run --project tests/IntervalsIcu.Emulator [-- --port N] [--no-rate-limit]
if (!StandaloneArguments.TryParse(args, out var arguments, out var problem))
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(StandaloneArguments.Usage);
    return 2;
}

if (arguments.ShowHelp)
{
    Console.WriteLine(StandaloneArguments.Usage);
    return 0;
}

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(new EmulatorOptions
    {
        Port = arguments.Port,
        RateLimitEnabled = arguments.RateLimitEnabled,
        LogToConsole = true,
    });
}
catch (IOException ex)
{
    Console.Error.WriteLine($"Cannot listen on port {arguments.Port}: {ex.Message} Try --port with another number.");
    return 1;
}

await using (server)
{
    if (arguments.SyntheticActivities > 0)
    {
        IntervalsIcu.Emulator.Data.DemoActivities.AddSynthetic(
            server.State, DemoData.DigitsAthleteId, arguments.SyntheticActivities, server.State.FindAthlete(DemoData.DigitsAthleteId)!.LocalNow(TimeProvider.System));
    }

    StandaloneBanner.Write(Console.Out, server, string.Create(CultureInfo.InvariantCulture, $"http://localhost:{arguments.Port}"));
    await ShutdownSignal.WaitAsync();
    Console.WriteLine("Stopping.");
}

return 0;
