using System.Net;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Endpoints;
using IntervalsIcu.Emulator.Faults;
using IntervalsIcu.Emulator.Recording;
using IntervalsIcu.Emulator.Spec;
using Microsoft.AspNetCore.ResponseCompression;

namespace IntervalsIcu.Emulator.Hosting;

/// <summary>Builds the web application: Kestrel on loopback, the middleware order that mirrors the real stack, the API.</summary>
internal static class EmulatorApplicationFactory
{
    public static WebApplication Build(EmulatorOptions options, EmulatorState state, FaultInjector faults, RequestLog requests)
    {
        // The empty builder reads no appsettings and no ASPNETCORE_* variables: the emulator behaves the same everywhere.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => ListenOnLoopback(kestrel, options.Port));
        builder.Logging.ClearProviders();
        if (options.LogToConsole)
        {
            // Only problems; the per-request line comes from RequestConsoleWriter, which never prints headers.
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

            // A failed start surfaces as the exception StartAsync throws; the host's stack-trace dump would only repeat it.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        }

        var services = builder.Services;
        services.AddRouting();
        services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(state);
        services.AddSingleton(faults);
        services.AddSingleton(requests);
        services.AddSingleton(new RequestConsoleWriter(options.LogToConsole ? options.LogOutput ?? Console.Out : null));
        services.AddSingleton<CredentialAuthenticator>();
        services.AddSingleton<AthleteAccessPolicy>();
        services.AddResponseCompression(compression => compression.Providers.Add<GzipCompressionProvider>());

        var app = builder.Build();
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseResponseCompression();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RouteCaseSensitivityMiddleware>();
        app.UseMiddleware<ApiAuthorizationMiddleware>();
        app.UseMiddleware<SpringStatusMiddleware>();
        app.MapIntervalsApi();
        app.MapSpecFallback();
        return app;
    }

    private static void ListenOnLoopback(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, int port)
    {
        if (port == 0)
        {
            // A free port needs one concrete address; "localhost" cannot bind port 0.
            kestrel.Listen(IPAddress.Loopback, 0);
        }
        else
        {
            // Both 127.0.0.1 and ::1, so http://localhost:<port> works whichever the client resolves first.
            kestrel.ListenLocalhost(port);
        }
    }
}
