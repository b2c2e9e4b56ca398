using System.Text.Json.Nodes;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// A partial update of an activity's writable fields: only what is set here is sent, so nothing the
/// caller did not name is touched. Cleared numbers are sent as -1, the API's way to empty them.
/// </summary>
public sealed class ActivityUpdate
{
    private static readonly Dictionary<ActivityNumericField, string> NumericFieldNames = new()
    {
        [ActivityNumericField.Feel] = "feel",
        [ActivityNumericField.Rpe] = "icu_rpe",
        [ActivityNumericField.PerceivedExertion] = "perceived_exertion",
        [ActivityNumericField.TrainingLoad] = "icu_training_load",
        [ActivityNumericField.KgLifted] = "kg_lifted",
        [ActivityNumericField.CarbsIngested] = "carbs_ingested",
        [ActivityNumericField.PairedEventId] = "paired_event_id",
    };

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Ride, Run, Swim, ... (IcuActivityTypeValues).</summary>
    public string? Type { get; init; }

    /// <summary>NONE, COMMUTE, WARMUP, COOLDOWN or RACE.</summary>
    public string? SubType { get; init; }

    /// <summary>1 (strong) to 5 (weak), as in the web app.</summary>
    public int? Feel { get; init; }

    /// <summary>Rate of perceived exertion, 1 to 10 (icu_rpe).</summary>
    public int? Rpe { get; init; }

    public double? PerceivedExertion { get; init; }

    public int? TrainingLoad { get; init; }

    public bool? Trainer { get; init; }

    public bool? Commute { get; init; }

    public bool? Race { get; init; }

    /// <summary>The id of one of the athlete's gear items (bike, shoes).</summary>
    public string? GearId { get; init; }

    /// <summary>Replaces the tags; an empty list removes them all.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    public double? KgLifted { get; init; }

    public int? CarbsIngested { get; init; }

    public int? PairedEventId { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>Numeric fields to empty (sent as -1); they win over a value given for the same field.</summary>
    public IReadOnlyCollection<ActivityNumericField> Clear { get; init; } = [];

    /// <summary>The API names of the fields this update sends, for -WhatIf and messages.</summary>
    public IReadOnlyList<string> FieldNames => ToJson().Select(change => change.Key).ToList();

    public bool IsEmpty => FieldNames.Count == 0;

    /// <summary>
    /// This update with <paramref name="given"/> on top: its values win field by field (parameters typed on the
    /// command line over the edits found on a piped object); a value given for a field this update clears keeps the value.
    /// </summary>
    public ActivityUpdate With(ActivityUpdate given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var givenJson = given.ToJson();
        return new ActivityUpdate
        {
            Name = given.Name ?? Name,
            Description = given.Description ?? Description,
            Type = given.Type ?? Type,
            SubType = given.SubType ?? SubType,
            Feel = given.Feel ?? Feel,
            Rpe = given.Rpe ?? Rpe,
            PerceivedExertion = given.PerceivedExertion ?? PerceivedExertion,
            TrainingLoad = given.TrainingLoad ?? TrainingLoad,
            Trainer = given.Trainer ?? Trainer,
            Commute = given.Commute ?? Commute,
            Race = given.Race ?? Race,
            GearId = given.GearId ?? GearId,
            Tags = given.Tags ?? Tags,
            KgLifted = given.KgLifted ?? KgLifted,
            CarbsIngested = given.CarbsIngested ?? CarbsIngested,
            PairedEventId = given.PairedEventId ?? PairedEventId,
            ExternalId = given.ExternalId ?? ExternalId,
            Clear = [.. given.Clear.Union(Clear.Where(field => !givenJson.ContainsKey(NumericFieldNames[field])))],
        };
    }

    /// <summary>The PUT body: exactly the given fields.</summary>
    public JsonObject ToJson()
    {
        var body = new JsonObject();
        void Set(string name, JsonNode? value, bool given)
        {
            if (given)
            {
                body[name] = value;
            }
        }

        Set("name", Name, Name is not null);
        Set("description", Description, Description is not null);
        Set("type", Type, Type is not null);
        Set("sub_type", SubType, SubType is not null);
        Set("feel", Feel, Feel is not null);
        Set("icu_rpe", Rpe, Rpe is not null);
        Set("perceived_exertion", PerceivedExertion, PerceivedExertion is not null);
        Set("icu_training_load", TrainingLoad, TrainingLoad is not null);
        Set("trainer", Trainer, Trainer is not null);
        Set("commute", Commute, Commute is not null);
        Set("race", Race, Race is not null);
        Set("gear", GearId is null ? null : new JsonObject { ["id"] = GearId }, GearId is not null);
        Set("tags", Tags is null ? null : new JsonArray(Tags.Select(tag => (JsonNode?)tag).ToArray()), Tags is not null);
        Set("kg_lifted", KgLifted, KgLifted is not null);
        Set("carbs_ingested", CarbsIngested, CarbsIngested is not null);
        Set("paired_event_id", PairedEventId, PairedEventId is not null);
        Set("external_id", ExternalId, ExternalId is not null);
        foreach (var field in Clear)
        {
            body[NumericFieldNames[field]] = -1;
        }

        return body;
    }
}
