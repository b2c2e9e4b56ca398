using System.Text.Json.Nodes;

namespace IntervalsIcu.Emulator.Workouts;

/// <summary>
/// The event's <c>workout_doc</c> (a free-form map in the spec): steps with <c>duration</c> and a
/// <c>power</c> target in <c>%ftp</c>, ramps with <c>start</c>/<c>end</c>, repeat sets with <c>reps</c>
/// and their own <c>steps</c>. The shape follows what the server sends (inference: only the fields the
/// emulator models). The document is the event's single source of truth for its structure, so a
/// workout given as a file downloads in any other format.
/// </summary>
internal static class WorkoutDocument
{
    /// <summary>The document; with <paramref name="resolveFtp"/>, each target also as watts in <c>_power</c> (the list's <c>resolve=true</c>).</summary>
    public static JsonObject Create(Workout workout, int? resolveFtp = null) => new()
    {
        ["steps"] = new JsonArray(workout.Blocks.Select(block => block.Reps == 1 && block.Steps.Count == 1
            ? (JsonNode)Step(block.Steps[0], resolveFtp)
            : new JsonObject
            {
                ["reps"] = block.Reps,
                ["duration"] = block.Seconds,
                ["steps"] = new JsonArray(block.Steps.Select(step => (JsonNode)Step(step, resolveFtp)).ToArray()),
            }).ToArray()),
        ["duration"] = workout.MovingTime,
    };

    public static Workout Read(JsonNode? document)
    {
        if (document?["steps"] is not JsonArray steps)
        {
            return new Workout([]);
        }

        var blocks = new List<WorkoutBlock>();
        foreach (var node in steps.OfType<JsonObject>())
        {
            if (node["reps"] is JsonValue reps && node["steps"] is JsonArray inner)
            {
                blocks.Add(new WorkoutBlock(reps.GetValue<int>(), inner.OfType<JsonObject>().Select(ReadStep).ToList()));
            }
            else
            {
                blocks.Add(new WorkoutBlock(1, [ReadStep(node)]));
            }
        }

        return new Workout(blocks);
    }

    /// <summary>The same document with watts added, or as it was when it holds no structure.</summary>
    public static JsonNode? Resolve(JsonNode? document, int ftp) =>
        document?["steps"] is JsonArray ? Create(Read(document), ftp) : document?.DeepClone();

    private static JsonObject Step(WorkoutStep step, int? ftp)
    {
        var json = new JsonObject { ["duration"] = step.Seconds };
        if (step.StartPercent is not { } start || step.EndPercent is not { } end)
        {
            json["freeride"] = true;
            return json;
        }

        if (step.IsRamp)
        {
            json["ramp"] = true;
            json["power"] = new JsonObject { ["start"] = start, ["end"] = end, ["units"] = "%ftp" };
            if (ftp is { } watts)
            {
                json["_power"] = new JsonObject { ["start"] = Watts(start, watts), ["end"] = Watts(end, watts) };
            }
        }
        else
        {
            json["power"] = new JsonObject { ["value"] = start, ["units"] = "%ftp" };
            if (ftp is { } watts)
            {
                json["_power"] = new JsonObject { ["value"] = Watts(start, watts) };
            }
        }

        return json;
    }

    private static WorkoutStep ReadStep(JsonObject step)
    {
        var seconds = step["duration"]?.GetValue<int>() ?? 0;
        if (step["power"] is not JsonObject power)
        {
            return new WorkoutStep(seconds, null, null);
        }

        if (power["value"] is JsonValue value)
        {
            var percent = value.GetValue<double>();
            return new WorkoutStep(seconds, percent, percent);
        }

        return new WorkoutStep(seconds, power["start"]?.GetValue<double>(), power["end"]?.GetValue<double>());
    }

    private static int Watts(double percent, int ftp) => (int)Math.Round(percent * ftp / 100);
}
