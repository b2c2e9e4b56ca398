using System.Globalization;

namespace IntervalsIcu.Emulator.Recording;

/// <summary>
/// One console line per request: method, path, status, duration. Deliberately no headers and no query
/// string, so neither a key nor a token can reach the console.
/// </summary>
internal sealed class RequestConsoleWriter(bool enabled)
{
    public void Write(string method, string path, int statusCode, TimeSpan elapsed)
    {
        if (!enabled)
        {
            return;
        }

        var status = statusCode == 0 ? "dropped" : statusCode.ToString(CultureInfo.InvariantCulture);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss.fff} {method} {path} {status} {elapsed.TotalMilliseconds:0} ms"));
    }
}
