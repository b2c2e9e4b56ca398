using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace IntervalsIcu.Emulator.Workouts;

/// <summary>Zwift's <c>.zwo</c> XML: SteadyState, Ramp/Warmup/Cooldown (PowerLow→PowerHigh), IntervalsT and FreeRide, power as a fraction of FTP.</summary>
internal static class ZwoCodec
{
    public static byte[] Encode(Workout workout, string name, string sportType)
    {
        var steps = new XElement("workout");
        foreach (var step in workout.FlatSteps())
        {
            steps.Add(step switch
            {
                { StartPercent: null } => new XElement("FreeRide", new XAttribute("Duration", step.Seconds)),
                { IsRamp: true } => new XElement(
                    "Ramp", new XAttribute("Duration", step.Seconds), new XAttribute("PowerLow", Fraction(step.StartPercent)), new XAttribute("PowerHigh", Fraction(step.EndPercent))),
                _ => new XElement("SteadyState", new XAttribute("Duration", step.Seconds), new XAttribute("Power", Fraction(step.StartPercent))),
            });
        }

        var document = new XDocument(new XElement(
            "workout_file",
            new XElement("author", "Intervals.icu"),
            new XElement("name", name),
            new XElement("sportType", sportType.Contains("Run", StringComparison.Ordinal) ? "run" : "bike"),
            steps));
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    public static Workout? Decode(byte[] content)
    {
        XDocument document;
        try
        {
            using var input = new MemoryStream(content);
            document = XDocument.Load(input);
        }
        catch (XmlException)
        {
            return null;
        }

        if (document.Root?.Element("workout") is not { } steps)
        {
            return null;
        }

        var blocks = new List<WorkoutBlock>();
        foreach (var element in steps.Elements())
        {
            var seconds = Int(element, "Duration");
            switch (element.Name.LocalName)
            {
                case "SteadyState":
                    blocks.Add(new WorkoutBlock(1, [new WorkoutStep(seconds, Percent(element, "Power"), Percent(element, "Power"))]));
                    break;
                case "Ramp" or "Warmup" or "Cooldown":
                    blocks.Add(new WorkoutBlock(1, [new WorkoutStep(seconds, Percent(element, "PowerLow"), Percent(element, "PowerHigh"))]));
                    break;
                case "IntervalsT":
                    blocks.Add(new WorkoutBlock(Math.Max(1, Int(element, "Repeat")),
                    [
                        new WorkoutStep(Int(element, "OnDuration"), Percent(element, "OnPower"), Percent(element, "OnPower")),
                        new WorkoutStep(Int(element, "OffDuration"), Percent(element, "OffPower"), Percent(element, "OffPower")),
                    ]));
                    break;
                case "FreeRide":
                    blocks.Add(new WorkoutBlock(1, [new WorkoutStep(seconds, null, null)]));
                    break;
            }
        }

        return new Workout(blocks);
    }

    private static string Fraction(double? percent) => (percent!.Value / 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static int Int(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static double? Percent(XElement element, string name) =>
        double.TryParse((string?)element.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Math.Round(value * 100, 1) : null;
}
