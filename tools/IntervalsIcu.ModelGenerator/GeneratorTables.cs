namespace IntervalsIcu.ModelGenerator;

/// <summary>What a date or date-time field holds, and so its C# type and its text on the wire.</summary>
internal enum DateKind
{
    /// <summary>A moment in time (<c>created</c>, <c>updated</c>, <c>start_date</c>): DateTimeOffset.</summary>
    Instant,

    /// <summary>A day of the athlete's calendar, <c>YYYY-MM-DD</c>: DateTime of kind Unspecified at midnight.</summary>
    LocalDate,

    /// <summary>The athlete's wall clock, <c>YYYY-MM-DDTHH:mm:ss</c>, no offset: DateTime of kind Unspecified.</summary>
    LocalDateTime,
}

/// <summary>A schema the generator starts from, and the C# name its class gets.</summary>
internal sealed record RootSchema(string Schema, string TypeName);

/// <summary>
/// A hand-made exception for one property, keyed by <c>Schema.api_name</c>:
/// <paramref name="Name"/> replaces the derived C# property name,
/// <paramref name="Converter"/> names a hand-written converter class in
/// <see cref="GeneratorTables.ConvertersNamespace"/> that is put on the property.
/// </summary>
internal sealed record PropertyOverride(string? Name = null, string? Converter = null);

/// <summary>
/// Every decision about what to generate that is not read from the spec. Change these, re-run the
/// generator, commit the result.
/// </summary>
internal static class GeneratorTables
{
    public const string ModelNamespace = "IntervalsIcu.Core.Model";
    public const string ContextNamespace = "IntervalsIcu.Core.Json";
    /// <summary>
    /// The source-generated context for the models. It is a class of its own, not a second partial
    /// declaration of the hand-written <c>IcuJsonContext</c>: the System.Text.Json source generator
    /// fails when <c>[JsonSerializable]</c> attributes are spread over several partial declarations
    /// (dotnet/runtime#99669; seen with the net8.0 and net10.0 generators).
    /// </summary>
    public const string ContextClass = "IcuModelJsonContext";

    /// <summary>
    /// The <c>[JsonSourceGenerationOptions]</c> arguments of the generated context. They must stay equal to
    /// those of the hand-written <c>IcuJsonContext</c>; a test compares the two at run time.
    /// </summary>
    public static readonly IReadOnlyList<string> ContextOptions =
    [
        "PropertyNameCaseInsensitive = false",
        "DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull",
        "NumberHandling = JsonNumberHandling.AllowReadingFromString",
        "Converters = [typeof(LenientDateTimeOffsetConverter)]",
    ];
    public const string ConvertersNamespace = "IntervalsIcu.Core.Model.Converters";

    /// <summary>Name of the generated helper that knows the secret field names.</summary>
    public const string SecretsClass = "IcuSecretFields";

    /// <summary>
    /// The command written into every file header. Relative to the repository root; the spec path is
    /// the default one so the header does not depend on where the caller keeps the spec.
    /// </summary>
    public const string RegenerateCommand =
        "dotnet run --project tools/IntervalsIcu.ModelGenerator -- --out src/IntervalsIcu.Core/Model/Generated";

    /// <summary>
    /// The schemas that become model classes. Every schema they reference, directly or through other
    /// schemas, is generated too, as <c>Icu</c> + schema name (no second prefix when the schema name
    /// already starts with <c>Icu</c>, so <c>IcuAchievement</c> stays <c>IcuAchievement</c>).
    /// </summary>
    public static readonly IReadOnlyList<RootSchema> Roots =
    [
        new("WithSportSettings", "IcuAthlete"),
        new("SportSettings", "IcuSportSettings"),
        new("Activity", "IcuActivity"),
        new("Wellness", "IcuWellness"),
        new("Event", "IcuEvent"),
        new("AthleteWithTags", "IcuCoachedAthlete"),
        new("AthleteProfile", "IcuAthleteProfile"),
        new("AthleteForProfile", "IcuAthleteForProfile"),
        // icu_intervals and icu_groups of an activity read with intervals=true (IcuActivity.Intervals).
        new("Interval", "IcuInterval"),
        new("IntervalGroup", "IcuIntervalGroup"),
        new("Gear", "IcuGear"),
        new("SummaryWithCats", "IcuAthleteSummary"),
        // The workout library: folders and plans (with their workouts as children), and the workouts.
        new("Folder", "IcuFolder"),
        new("Workout", "IcuWorkout"),
        // Best-effort curves (Get-IcuCurve): one activity's, and an athlete's sets. The three DataCurveSet*
        // schemas are the same object (list of DataCurve plus the efforts' activities), so one class reads all.
        new("PowerCurve", "IcuPowerCurve"),
        new("PaceCurve", "IcuPaceCurve"),
        new("HRCurve", "IcuHRCurve"),
        new("DataCurveSetPowerCurve", "IcuDataCurveSet"),
    ];

    /// <summary>
    /// Models that also get a generated reader (<c>&lt;TypeName&gt;JsonReader.g.cs</c>, and one for every model
    /// they contain): one pass over the bytes with typed code per property, for the big lists where
    /// System.Text.Json's metadata path (per-property converters, setter delegates, and a second scan of each
    /// object ahead of a custom converter) costs more than twice the parse. Only for reading: writing stays
    /// with the context. Add a model here when its lists are decoded in bulk.
    /// </summary>
    public static readonly IReadOnlyList<string> FastReaders =
    [
        "IcuActivity",
    ];

    /// <summary>
    /// The converter the context's options put on every instant (<see cref="ContextOptions"/>), written as
    /// the generated readers name it.
    /// </summary>
    public const string InstantConverter = "global::IntervalsIcu.Core.Json.LenientDateTimeOffsetConverter";

    /// <summary>
    /// API fields that hold credentials. No property is generated for them in any class, and every
    /// generated class removes them from its extension-data bag right after deserialization, so the
    /// value is never reachable from a model object (nor written back out).
    /// </summary>
    public static readonly IReadOnlyList<string> SecretFields =
    [
        "icu_api_key",
        "icu_friend_invite_token",
    ];

    public const string OperationsNamespace = "IntervalsIcu.Core.Requests";

    public const string OperationsClass = "IcuOperationTable";

    /// <summary>The command written into the operation table's header.</summary>
    public const string RegenerateOperationsCommand =
        "dotnet run --project tools/IntervalsIcu.ModelGenerator -- --operations-out src/IntervalsIcu.Core/Requests/Generated";

    /// <summary>
    /// Query flags the spec marks required that the server defaults when they are absent: the table
    /// makes them optional. upsertOnUid, updatePlanApplied, recalcHrZones (reference README; api-facts
    /// §5.4 and §7.6 after jcurbelo's normalize.ts), reset and snoozeDays of a gear reminder (api-facts
    /// §5.6), f1/f2/f3 of the athlete curves (api-facts §5.2, after 0x3639's api-behaviour guide).
    /// </summary>
    public static readonly IReadOnlyList<string> ServerDefaultedQueryFlags =
    [
        "upsertOnUid",
        "updatePlanApplied",
        "recalcHrZones",
        "reset",
        "snoozeDays",
        "f1",
        "f2",
        "f3",
    ];

    /// <summary>Per-property exceptions, keyed by <c>Schema.api_name</c>.</summary>
    public static readonly IReadOnlyDictionary<string, PropertyOverride> PropertyOverrides =
        new Dictionary<string, PropertyOverride>(StringComparer.Ordinal)
        {
            // The spec says string(byte)[], the live server sends one base64 string (api-facts §6.1).
            ["Activity.skyline_chart_bytes"] = new(Converter: "SingleOrArrayStringConverter"),
        };

    /// <summary>
    /// Date fields the naming rule of <see cref="DateKindOf"/> gets wrong, keyed by <c>Schema.api_name</c>.
    /// A row that matches no string property stops the generator.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, DateKind> DateFields =
        new Dictionary<string, DateKind>(StringComparer.Ordinal)
        {
            // Ends in _date but is the UTC moment with Z ("2026-09-24T06:25:25Z", api-facts §4).
            ["Activity.start_date"] = DateKind.Instant,
            // A wellness record's id is its day (api-facts §2).
            ["Wellness.id"] = DateKind.LocalDate,
            // "1991-04-17": a day, though its name does not end in _date.
            ["WithSportSettings.icu_date_of_birth"] = DateKind.LocalDate,
            ["AthleteWithTags.icu_date_of_birth"] = DateKind.LocalDate,
        };

    /// <summary>
    /// The type rule for dates, applied to every string property (<paramref name="where"/> is
    /// <c>Schema.api_name</c>): a row of <see cref="DateFields"/> first; else format <c>date-time</c> is an
    /// instant (the spec uses it only for server timestamps with an offset); format <c>date</c> a local date;
    /// a plain string named <c>*_local</c> the athlete's wall clock (<c>start_date_local</c>,
    /// <c>end_date_local</c>); a plain string named <c>*_date</c> a day of the athlete's calendar
    /// (<c>training_plan_start_date</c>). Anything else stays a string.
    /// </summary>
    public static DateKind? DateKindOf(string where, string? format)
    {
        if (DateFields.TryGetValue(where, out var listed))
        {
            return listed;
        }

        var apiName = where[(where.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return format switch
        {
            "date-time" => DateKind.Instant,
            "date" => DateKind.LocalDate,
            _ when apiName.EndsWith("_local", StringComparison.Ordinal) => DateKind.LocalDateTime,
            _ when apiName.EndsWith("_date", StringComparison.Ordinal) => DateKind.LocalDate,
            _ => null,
        };
    }

    /// <summary>
    /// Names for values classes, keyed by the <c>Schema.api_name</c> of any one property that lists those
    /// values. Properties whose enums are equal share one class; without a row here it is named
    /// <c>Icu</c> + the API name (<c>category</c> → <c>IcuCategoryValues</c>) when all its properties have
    /// the same API name and no other list would get that name, else after its first property
    /// (<c>IcuCustomItemTypeValues</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ValuesClassNames =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The 60 sport types: SportSettings.types, SportInfo.type, Folder.activity_types, *_sync_activity_types...
            ["SportSettings.types"] = "IcuActivityTypeValues",
            // tiz_order, load_order, workout_order, interval_display: an order of power, HR and pace.
            ["SportSettings.tiz_order"] = "IcuMetricOrderValues",
            // target, targets, workout_targets.
            ["Workout.target"] = "IcuWorkoutTargetValues",
            // icu_permission, icu_menstrual_cycle_perm.
            ["WithSportSettings.icu_permission"] = "IcuPermissionValues",
            // email_notifications, push_notifications.
            ["WithSportSettings.email_notifications"] = "IcuNotificationValues",
            // menstrualPhase, menstrualPhasePredicted.
            ["Wellness.menstrualPhase"] = "IcuMenstrualPhaseValues",
        };

    public static string TypeNameFor(string schema)
    {
        foreach (var root in Roots)
        {
            if (root.Schema == schema)
            {
                return root.TypeName;
            }
        }

        return schema.StartsWith("Icu", StringComparison.Ordinal) ? schema : "Icu" + Naming.TypeSegment(schema);
    }
}
