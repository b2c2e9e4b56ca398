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
/// A field that is empty (null) on the object is never sent: an object read from a list may lack fields the
/// server holds, and that must not erase them. Clearing is asked for explicitly (-Clear, or '' for text).
/// </summary>
public static class ActivityEdits
{
    public static ActivityUpdate Diff(IcuActivity edited, IcuActivity current)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(current);
        static T? Number<T>(T? mine, T? theirs)
            where T : struct => mine is not null && !EqualityComparer<T?>.Default.Equals(mine, theirs) ? mine : null;
        static string? Text(string? mine, string? theirs) => mine is not null && !string.Equals(mine, theirs, StringComparison.Ordinal) ? mine : null;
        static bool? Flag(bool? mine, bool? theirs) => mine is not null && mine != (theirs ?? false) ? mine : null;

        return new ActivityUpdate
        {
            Name = Text(edited.Name, current.Name),
            Description = edited.Description is not null && !string.Equals(edited.Description, current.Description ?? string.Empty, StringComparison.Ordinal) ? edited.Description : null,
            Type = Text(edited.Type, current.Type),
            SubType = Text(edited.SubType, current.SubType),
            Feel = Number(edited.Feel, current.Feel),
            Rpe = Number(edited.IcuRpe, current.IcuRpe),
            PerceivedExertion = Number(edited.PerceivedExertion, current.PerceivedExertion),
            TrainingLoad = Number(edited.IcuTrainingLoad, current.IcuTrainingLoad),
            Trainer = Flag(edited.Trainer, current.Trainer),
            Commute = Flag(edited.Commute, current.Commute),
            Race = Flag(edited.Race, current.Race),
            GearId = Text(edited.Gear?.Id, current.Gear?.Id),
            Tags = edited.Tags is null || edited.Tags.SequenceEqual((IEnumerable<string>?)current.Tags ?? [], StringComparer.Ordinal) ? null : edited.Tags.ToList(),
            KgLifted = Number(edited.KgLifted, current.KgLifted),
            CarbsIngested = Number(edited.CarbsIngested, current.CarbsIngested),
            PairedEventId = Number(edited.PairedEventId, current.PairedEventId),
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
