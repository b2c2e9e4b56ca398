using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// An activity read with Get-IcuActivity, edited and piped back: the writable fields that differ from the
/// server's current activity become the update, so only what was edited is sent (as wellness round trips do).
/// A number set to nothing is cleared; a description set to nothing is removed; a name or type set to
/// nothing is left alone, as the server needs them.
/// </summary>
public static class ActivityEdits
{
    public static ActivityUpdate Diff(IcuActivity edited, IcuActivity current)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(current);
        var clear = new List<ActivityNumericField>();
        T? Number<T>(T? mine, T? theirs, ActivityNumericField field)
            where T : struct
        {
            if (EqualityComparer<T?>.Default.Equals(mine, theirs))
            {
                return null;
            }

            if (mine is null)
            {
                clear.Add(field);
            }

            return mine;
        }

        static string? Text(string? mine, string? theirs) => mine is not null && !string.Equals(mine, theirs, StringComparison.Ordinal) ? mine : null;
        static bool? Flag(bool? mine, bool? theirs) => mine is not null && mine != (theirs ?? false) ? mine : null;
        var tags = (IEnumerable<string>?)edited.Tags ?? [];
        return new ActivityUpdate
        {
            Name = Text(edited.Name, current.Name),
            Description = string.Equals(edited.Description ?? string.Empty, current.Description ?? string.Empty, StringComparison.Ordinal) ? null : edited.Description ?? string.Empty,
            Type = Text(edited.Type, current.Type),
            SubType = Text(edited.SubType, current.SubType),
            Feel = Number(edited.Feel, current.Feel, ActivityNumericField.Feel),
            Rpe = Number(edited.IcuRpe, current.IcuRpe, ActivityNumericField.Rpe),
            PerceivedExertion = Number(edited.PerceivedExertion, current.PerceivedExertion, ActivityNumericField.PerceivedExertion),
            TrainingLoad = Number(edited.IcuTrainingLoad, current.IcuTrainingLoad, ActivityNumericField.TrainingLoad),
            Trainer = Flag(edited.Trainer, current.Trainer),
            Commute = Flag(edited.Commute, current.Commute),
            Race = Flag(edited.Race, current.Race),
            GearId = Text(edited.Gear?.Id, current.Gear?.Id),
            Tags = tags.SequenceEqual((IEnumerable<string>?)current.Tags ?? [], StringComparer.Ordinal) ? null : tags.ToList(),
            KgLifted = Number(edited.KgLifted, current.KgLifted, ActivityNumericField.KgLifted),
            CarbsIngested = Number(edited.CarbsIngested, current.CarbsIngested, ActivityNumericField.CarbsIngested),
            PairedEventId = Number(edited.PairedEventId, current.PairedEventId, ActivityNumericField.PairedEventId),
            Clear = clear,
        };
    }

    /// <summary>The field-level diff for -WhatIf and messages: name "Morning Ride" -> "Hill repeats"; feel 2 -> (empty).</summary>
    public static string Describe(ActivityUpdate update, IcuActivity current)
    {
        ArgumentNullException.ThrowIfNull(update);
        var before = JsonSerializer.SerializeToNode(current, IcuModelJsonContext.Default.IcuActivity) as JsonObject ?? [];
        return string.Join("; ", update.ToJson().Select(change => string.Format(
            CultureInfo.InvariantCulture, ActivityMessages.EditChange, change.Key, Show(before[change.Key]), Show(change.Value))));
    }

    private static string Show(JsonNode? value) => value switch
    {
        null => ActivityMessages.EditEmpty,
        JsonValue number when number.GetValueKind() == JsonValueKind.Number && number.ToJsonString() == "-1" => ActivityMessages.EditEmpty,
        JsonObject gear when gear["id"] is { } id => id.ToJsonString(),
        _ => value.ToJsonString(),
    };
}
