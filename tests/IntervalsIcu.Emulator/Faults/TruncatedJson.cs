using System.Text;
using System.Text.Json;

namespace IntervalsIcu.Emulator.Faults;

/// <summary>Cuts a JSON body short so that no parser accepts it, as a connection cut mid-body would.</summary>
internal static class TruncatedJson
{
    private static readonly byte[] Fallback = Encoding.UTF8.GetBytes("{\"id\":");

    public static byte[] From(byte[] completeBody)
    {
        var truncated = completeBody.AsSpan(0, completeBody.Length / 2).ToArray();
        return truncated.Length > 0 && !IsValidJson(truncated) ? truncated : Fallback;
    }

    private static bool IsValidJson(byte[] candidate)
    {
        try
        {
            using var document = JsonDocument.Parse(candidate);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
