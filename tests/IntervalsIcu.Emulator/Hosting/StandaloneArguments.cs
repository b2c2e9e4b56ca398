using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IntervalsIcu.Emulator.Hosting;

/// <summary>The standalone command line: <c>[--port N] [--no-rate-limit] [--synthetic-activities N] [--help]</c>.</summary>
internal sealed record StandaloneArguments(int Port, bool RateLimitEnabled, bool ShowHelp, int SyntheticActivities = 0)
{
    public const int DefaultPort = 8044;

    public const string Usage =
        """
        Usage: dotnet run --project tests/IntervalsIcu.Emulator [-- options]
          --port N          listen on http://localhost:N (default 8044)
          --no-rate-limit   do not throttle (the default throttles like the real server: 10 requests/s)
          --synthetic-activities N
                            add N synthetic activities to athlete 2049587 (load tests, benchmarks)
          --help            show this text
        """;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out StandaloneArguments? arguments, out string problem)
    {
        var port = DefaultPort;
        var rateLimitEnabled = true;
        var showHelp = false;
        var synthetic = 0;
        arguments = null;
        problem = string.Empty;

        for (var index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--port" when index + 1 < args.Length
                    && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    && value is > 0 and <= 65535:
                    port = value;
                    index++;
                    break;
                case "--port":
                    problem = "--port needs a number between 1 and 65535.";
                    return false;
                case "--synthetic-activities" when index + 1 < args.Length
                    && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                    synthetic = count;
                    index++;
                    break;
                case "--synthetic-activities":
                    problem = "--synthetic-activities needs a number.";
                    return false;
                case "--no-rate-limit":
                    rateLimitEnabled = false;
                    break;
                case "--help" or "-h" or "-?":
                    showHelp = true;
                    break;
                default:
                    problem = $"Unknown option '{args[index]}'.";
                    return false;
            }
        }

        arguments = new StandaloneArguments(port, rateLimitEnabled, showHelp, synthetic);
        return true;
    }
}
