using System.Globalization;

namespace IntervalsIcu.Emulator.Hosting;

/// <summary>
/// What the standalone emulator prints on start: where it listens, the demo athletes with their keys,
/// the demo OAuth tokens, and a line to paste into PowerShell. The keys are demo values, printed on
/// purpose; the per-request log never shows any credential.
/// </summary>
internal static class StandaloneBanner
{
    public static void Write(TextWriter output, EmulatorServer server, string baseUri)
    {
        var state = server.State;
        output.WriteLine($"Intervals.icu emulator listening on {baseUri} (API under {baseUri}/api/v1)");
        output.WriteLine(server.Faults.RateLimitEnabled
            ? "Rate limit: on, 10 requests/s per client like the real server (--no-rate-limit turns it off)"
            : "Rate limit: off");
        output.WriteLine();

        output.WriteLine("Demo athletes (Basic auth: user name API_KEY, password = the key; id 0 = yourself)");
        foreach (var athlete in state.Athletes)
        {
            var coached = state.CoachedAthleteIdsOf(athlete.Id);
            var role = coached.Count == 0 ? string.Empty : "  coaches " + string.Join(", ", coached);
            foreach (var key in state.ApiKeysOf(athlete.Id))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"  {athlete.Id,-9} {athlete.Name,-17} {athlete.Timezone,-17} key {key}{role}"));
            }
        }

        output.WriteLine();
        output.WriteLine("Demo OAuth tokens (Authorization: Bearer <token>)");
        foreach (var token in state.AccessTokens)
        {
            var scopes = token.Scopes.Count == 0 ? "(no scopes)" : string.Join(",", token.Scopes.Order(StringComparer.Ordinal));
            output.WriteLine($"  {token.Token}  {token.AthleteId}  {scopes}");
        }

        output.WriteLine();
        output.WriteLine("Try it:");
        output.WriteLine($"  $env:INTERVALS_ICU_API_KEY = '{DemoData.DemoApiKey}'; Connect-Icu -BaseUri {baseUri}");
        output.WriteLine($"  curl -u API_KEY:{DemoData.DemoApiKey} {baseUri}/api/v1/athlete/0");
        output.WriteLine();
        output.WriteLine("Ctrl+C stops the emulator. One line per request follows.");
    }
}
