using System.Globalization;

namespace IntervalsIcu.Emulator.Recording;

/// <summary>
/// One console line per request: method, path, status, duration; silent without a writer. Deliberately
/// no headers and no query string, so neither a key nor a token can reach the console.
/// </summary>
internal sealed class RequestConsoleWriter(TextWriter? output)
{
    public void Write(string method, string path, int statusCode, TimeSpan elapsed)
    {
        if (output is null)
        {
            return;
        }

        var status = statusCode == 0 ? "dropped" : statusCode.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss.fff} {method} {path} {status} {elapsed.TotalMilliseconds:0} ms"));
    }
}
