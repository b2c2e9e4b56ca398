using BenchmarkDotNet.Attributes;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Emulator;
using IntervalsIcu.Emulator.Data;

namespace IntervalsIcu.Benchmarks;

/// <summary>End to end: Get-IcuActivity's Core path listing 10,000 activities from an in-process emulator over loopback HTTP.</summary>
public class ListBenchmarks
{
    private EmulatorServer? emulator;
    private IcuSession? session;
    private ActivityListRequest? request;

    [Params(10_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (emulator, session, request) = Serve(Activities).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        session?.Dispose();
        emulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> ListFromEmulator() => await CountAsync(session!, request!);

    /// <summary>An emulator with <paramref name="count"/> synthetic activities and a session and request that list them all.</summary>
    public static async Task<(EmulatorServer Emulator, IcuSession Session, ActivityListRequest Request)> Serve(int count)
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var athlete = server.State.FindAthlete(DemoData.DigitsAthleteId)!;
        DemoActivities.AddSynthetic(server.State, athlete.Id, count, athlete.LocalNow(TimeProvider.System));
        var connected = await ConnectAsync(server.BaseUri);
        return (server, connected, ListAll(connected));
    }

    public static async Task<IcuSession> ConnectAsync(Uri baseUri)
    {
        var settings = IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secure(DemoData.DigitsApiKey)), null, baseUri.ToString());
        // No client throttle: the benchmark measures decoding and transport, not the 10 requests/s politeness.
        return await IcuConnector.ConnectAsync(settings, skipValidation: false, new IcuClientOptions { MaxRequestsPerSecond = 0 }, NullIcuLog.Instance, CancellationToken.None);
    }

    public static ActivityListRequest ListAll(IcuSession session) =>
        new() { Range = ActivityRange.Resolve(new DateTime(1900, 1, 1), null, session.Today()) };

    public static async Task<int> CountAsync(IcuSession session, ActivityListRequest request)
    {
        var count = 0;
        await foreach (var activity in ActivityLister.ListAsync(session, request, NullIcuLog.Instance, CancellationToken.None))
        {
            count += activity.Id is null ? 0 : 1;
        }

        return count;
    }

    private static System.Security.SecureString Secure(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
