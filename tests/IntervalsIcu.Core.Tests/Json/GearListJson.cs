using System.Globalization;
using System.Text;

namespace IntervalsIcu.Core.Tests.Json;

/// <summary>
/// A gear list the way the API writes one, with what a streaming decode can trip over: escaped and
/// non-ASCII text, nested objects and arrays, fractions and exponents, nulls, and fields no model maps.
/// </summary>
internal static class GearListJson
{
    public static string Items(int count, int seed = 7)
    {
        var random = new Random(seed);
        var text = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "\n  " : ",\n  ").Append(Item(i, random));
        }

        return text.Append("\n]").ToString();
    }

    /// <summary>One item; <paramref name="noteLength"/> and <paramref name="samples"/> make it as large as wanted (one long token, many small ones).</summary>
    public static string Item(int index, Random random, int noteLength = 0, int samples = 3)
    {
        var id = "b" + index.ToString(CultureInfo.InvariantCulture);
        var note = "Tubeless \\\"Mk II\\\" \\\\ caf\\u00e9 ä 🚲\\n" + new string('x', noteLength + random.Next(0, 90));
        var values = string.Join(",", Enumerable.Range(0, samples).Select(i => (i * 0.5).ToString(CultureInfo.InvariantCulture)));
        var distance = (random.NextDouble() * 4e7).ToString("R", CultureInfo.InvariantCulture);
        return $$$"""
            {"id":"{{{id}}}","athlete_id":"i1","type":"Bike","name":"Bike {{{index}}} \u2014 \t tab","purchased":null,"notes":"{{{note}}}","distance":{{{distance}}},"time":{{{random.Next()}}},"activities":{{{random.Next(0, 999)}}},"use_elapsed_time":{{{(index % 2 == 0 ? "true" : "false")}}},"retired":null,"component_ids":["c{{{index}}}","c{{{index + 1}}}"],"reminders":[{"id":{{{index}}},"gear_id":"{{{id}}}","name":"Chain","distance":5.5e6,"days":null,"percent_used":-0.25}],"activity_filters":[],"component":false,"custom_shop":{"name":"Vélo","hours":[8,18.5,{"closed":null}]},"custom_samples":[{{{values}}}]}
            """;
    }
}
