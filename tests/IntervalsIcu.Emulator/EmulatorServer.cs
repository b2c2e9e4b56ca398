using System.Globalization;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntervalsIcu.Emulator;

/// <summary>
/// A running local Intervals.icu on loopback. Start one per test class (port 0 picks a free port), point
/// the client at <see cref="BaseUri"/>, and arrange failures through <see cref="Faults"/>.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private readonly WebApplication _app;
    private int _disposed;

    private EmulatorServer(WebApplication app, Uri baseUri, EmulatorState state, FaultInjector faults, RequestLog requests)
    {
        _app = app;
        BaseUri = baseUri;
        State = state;
        Faults = faults;
        Requests = requests;
        MappedRoutes = ListMappedRoutes(app);
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;</c>, without <c>/api/v1</c> and without a trailing slash.</summary>
    public Uri BaseUri { get; }

    /// <summary>Athletes, keys, tokens and records; tests may add their own.</summary>
    public EmulatorState State { get; }

    public FaultInjector Faults { get; }

    public RequestLog Requests { get; }

    /// <summary>Every route the emulator implements, as <c>"GET /api/v1/athlete/{id}"</c>, so tests can check they cover them all.</summary>
    public IReadOnlyList<string> MappedRoutes { get; }

    /// <summary>Starts an emulator seeded with <see cref="DemoData"/>.</summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var state = DemoDataSeeder.CreateSeededState();
        var faults = new FaultInjector();
        if (options.RateLimitEnabled)
        {
            faults.EnableRateLimit();
        }

        var requests = new RequestLog();
        var app = EmulatorApplicationFactory.Build(options, state, faults, requests);
        try
        {
            await app.StartAsync(cancellationToken);
            return new EmulatorServer(app, ReadBaseUri(app), state, faults, requests);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Bounded, so a test that left a delayed request hanging cannot stall the run.
        using var stopTimeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _app.StopAsync(stopTimeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    private static Uri ReadBaseUri(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        var port = addresses.Select(address => new Uri(address).Port).First();
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
    }

    private static string[] ListMappedRoutes(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => $"{method} {endpoint.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
