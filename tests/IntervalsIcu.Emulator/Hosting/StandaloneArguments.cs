using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IntervalsIcu.Emulator.Hosting;

/// <summary>The standalone command line: <c>[--port N] [--no-rate-limit] [--help]</c>.</summary>
internal sealed record StandaloneArguments(int Port, bool RateLimitEnabled, bool ShowHelp)
{
    public const int DefaultPort = 8044;

    public const string Usage =
        """
        Usage: dotnet run --project tests/IntervalsIcu.Emulator [-- options]
          --port N          listen on http://localhost:N (default 8044)
          --no-rate-limit   do not throttle (the default throttles like the real server: 10 requests/s)
          --help            show this text
        """;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out StandaloneArguments? arguments, out string problem)
    {
        var port = DefaultPort;
        var rateLimitEnabled = true;
        var showHelp = false;
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

        arguments = new StandaloneArguments(port, rateLimitEnabled, showHelp);
        return true;
    }
}
