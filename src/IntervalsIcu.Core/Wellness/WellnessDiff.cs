using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>Compares a given value with the server's and shows both the way the -WhatIf diff prints them.</summary>
internal static class WellnessDiff
{
    private const int ShownTextLength = 40;

    /// <summary>
    /// True when the server already has the value. Numbers match within a millionth, relative: the server
    /// keeps floats, so 70.4 may come back as 70.40000152587891 and must not count as a change.
    /// </summary>
    public static bool SameValue(JsonNode? server, JsonNode given)
    {
        if (IsEmpty(server))
        {
            return false;
        }

        var serverKind = server!.GetValueKind();
        var givenKind = given.GetValueKind();
        if (serverKind == JsonValueKind.Number && givenKind == JsonValueKind.Number)
        {
            var a = Number(server);
            var b = Number(given);
            return Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
        }

        if (serverKind == JsonValueKind.String && givenKind == JsonValueKind.String)
        {
            return string.Equals(server.GetValue<string>(), given.GetValue<string>(), StringComparison.Ordinal);
        }

        return JsonNode.DeepEquals(server, given);
    }

    /// <summary>A JSON number's value, whatever backs the node (parsed text or a created int or double).</summary>
    public static double Number(JsonNode number) => double.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>No value on the server: absent, null, or empty text.</summary>
    public static bool IsEmpty(JsonNode? server) =>
        server is null
        || server.GetValueKind() == JsonValueKind.Null
        || (server.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(server.GetValue<string>()));

    /// <summary>How a value appears in the diff: numbers as JSON writes them, text quoted and cut, nothing as "(empty)".</summary>
    public static string Show(JsonNode? value)
    {
        if (IsEmpty(value))
        {
            return WellnessMessages.DiffEmpty;
        }

        if (value!.GetValueKind() != JsonValueKind.String)
        {
            return value.ToJsonString();
        }

        var text = value.GetValue<string>();
        return "\"" + (text.Length > ShownTextLength ? text[..ShownTextLength] + "…" : text) + "\"";
    }
}
