using System.Collections;
using System.Globalization;
using System.Management.Automation;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;
using IntervalsIcu.Core.Wellness;
using IntervalsIcu.PowerShell.Completers;
using IntervalsIcu.PowerShell.Resources;

namespace IntervalsIcu.PowerShell.Commands;

/// <summary>
/// Set-IcuWellness: writes wellness days, one per input row (Import-Csv today.csv | Set-IcuWellness) or
/// from the parameters. ProcessRecord only collects rows; EndProcessing hands them all to Core at once,
/// which reads, checks, diffs and batches them (WellnessUploader). Then this cmdlet asks ShouldProcess per
/// date with the diff, sends, and writes one error per invalid or failed row, so $? tells the truth.
/// </summary>
/// <remarks>
/// Parameter types. The field parameters are <see cref="object"/>, not double?/int?/bool?: PowerShell
/// binds a CSV cell (a string) to a typed parameter before the cmdlet runs, and an empty cell cannot
/// bind to a number ("Cannot convert '' to System.Double"), "70,5" would fail or be misread, and a
/// bool parameter refuses the text "true". Those would be binding errors without the date or our
/// ErrorId. As object, a cell arrives as its text, a typed number (-Weight 70.5, or a property of an
/// object) as that number, and Core reads both culture-invariantly and treats blank as "no value".
/// Comments and MenstrualPhase are text anyway. Date is object for the same reasons (yyyy-MM-dd text,
/// a DateTime, or blank). -Locked is object too, so a CSV "locked" column binds: -Locked $true locks,
/// -Locked $false unlocks.
/// </remarks>
[Cmdlet(VerbsCommon.Set, "IcuWellness", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(IcuWellnessResult))]
public sealed class SetIcuWellnessCommand : IcuAthleteCmdlet
{
    private readonly List<WellnessRow> rows = [];
    private const int ProgressId = 2;

    private readonly HashSet<string> warnedColumns = new(StringComparer.OrdinalIgnoreCase);
    private bool shownBatches;
    private IcuSession? session;

    /// <summary>
    /// The pipeline object: a CSV row, any object with wellness-named properties, or an IcuWellness from
    /// Get-IcuWellness (edited or not). Typed PSObject so every input binds here and is kept as the
    /// TargetObject of its error, with note properties (custom fields) intact; PowerShell binds the
    /// object's properties to the field parameters by name as well.
    /// </summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The athlete's local date, yyyy-MM-dd or a DateTime. Default: today in the athlete's time zone.</summary>
    [Parameter(Position = 0)]
    [Alias("Id", "Day")]
    public object? Date { get; set; }

    /// <summary>kg.</summary>
    [Parameter]
    [Alias("WeightKg", "weight_kg", "BodyWeight", "body_weight")]
    public object? Weight { get; set; }

    /// <summary>bpm.</summary>
    [Parameter]
    [Alias("resting_hr", "RHR", "RestingHeartRate", "resting_heart_rate")]
    public object? RestingHR { get; set; }

    /// <summary>rMSSD, ms.</summary>
    [Parameter]
    [Alias("rMSSD", "HrvRmssd", "hrv_rmssd")]
    public object? Hrv { get; set; }

    /// <summary>SDNN, ms.</summary>
    [Parameter]
    [Alias("SDNN", "hrv_sdnn")]
    public object? HrvSDNN { get; set; }

    /// <summary>PERIOD, FOLLICULAR, OVULATING, LUTEAL or NONE.</summary>
    [Parameter]
    [Alias("menstrual_phase")]
    [ArgumentCompleter(typeof(MenstrualPhaseCompleter))]
    public string? MenstrualPhase { get; set; }

    [Parameter]
    [Alias("kcal_consumed", "CaloriesConsumed")]
    public object? KcalConsumed { get; set; }

    /// <summary>Seconds, or a duration such as 7:30.</summary>
    [Parameter]
    [Alias("sleep_secs", "SleepSeconds", "sleep_seconds")]
    public object? SleepSecs { get; set; }

    /// <summary>Hours (7.5) or h:mm (7:30), written as sleepSecs.</summary>
    [Parameter]
    [Alias("sleep_hours", "HoursSlept")]
    public object? SleepHours { get; set; }

    [Parameter]
    [Alias("sleep_score")]
    public object? SleepScore { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    [Alias("sleep_quality")]
    public object? SleepQuality { get; set; }

    [Parameter]
    [Alias("avg_sleeping_hr", "SleepingHR", "AverageSleepingHR")]
    public object? AvgSleepingHR { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    [Alias("MuscleSoreness")]
    public object? Soreness { get; set; }

    /// <summary>1 (best) to 4; the athlete's feeling, not the chart's fatigue (ATL).</summary>
    [Parameter]
    public object? Fatigue { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    public object? Stress { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    public object? Mood { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    public object? Motivation { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    public object? Injury { get; set; }

    /// <summary>%.</summary>
    [Parameter]
    [Alias("OxygenSaturation", "oxygen_saturation")]
    public object? SpO2 { get; set; }

    /// <summary>mmHg.</summary>
    [Parameter]
    [Alias("SystolicBP", "bp_systolic")]
    public object? Systolic { get; set; }

    /// <summary>mmHg.</summary>
    [Parameter]
    [Alias("DiastolicBP", "bp_diastolic")]
    public object? Diastolic { get; set; }

    /// <summary>1 (best) to 4.</summary>
    [Parameter]
    public object? Hydration { get; set; }

    [Parameter]
    [Alias("hydration_volume")]
    public object? HydrationVolume { get; set; }

    [Parameter]
    [Alias("ReadinessScore", "readiness_score")]
    public object? Readiness { get; set; }

    [Parameter]
    [Alias("baevsky_si", "StressIndex")]
    public object? BaevskySI { get; set; }

    [Parameter]
    [Alias("blood_glucose", "Glucose")]
    public object? BloodGlucose { get; set; }

    /// <summary>mmol/L.</summary>
    [Parameter]
    public object? Lactate { get; set; }

    /// <summary>%.</summary>
    [Parameter]
    [Alias("body_fat", "BodyFatPercent", "body_fat_percent")]
    public object? BodyFat { get; set; }

    /// <summary>cm.</summary>
    [Parameter]
    [Alias("Waist")]
    public object? Abdomen { get; set; }

    [Parameter]
    [Alias("vo2_max")]
    public object? Vo2max { get; set; }

    [Parameter]
    [Alias("Comment", "Notes", "Note")]
    public string? Comments { get; set; }

    [Parameter]
    [Alias("StepCount", "step_count")]
    public object? Steps { get; set; }

    /// <summary>Breaths per minute.</summary>
    [Parameter]
    [Alias("RespirationRate", "RespiratoryRate", "respiration_rate")]
    public object? Respiration { get; set; }

    /// <summary>g.</summary>
    [Parameter]
    [Alias("Carbs")]
    public object? Carbohydrates { get; set; }

    /// <summary>g.</summary>
    [Parameter]
    public object? Protein { get; set; }

    /// <summary>g.</summary>
    [Parameter]
    [Alias("fat_total", "Fat")]
    public object? FatTotal { get; set; }

    /// <summary>$true stops device syncs overwriting the day; $false unlocks it. A locked day needs -Force.</summary>
    [Parameter]
    public object? Locked { get; set; }

    /// <summary>Custom wellness fields by code, e.g. @{ BodyBattery = 72 }.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? CustomField { get; set; }

    /// <summary>Numeric fields to clear on every date (the API's -1), e.g. -Clear Weight, BodyFat.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(WellnessClearCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Clear { get; set; }

    /// <summary>Merge (default): given fields overwrite. FillEmpty: only fields empty on the server are written.</summary>
    [Parameter]
    public WellnessWriteMode Mode { get; set; } = WellnessWriteMode.Merge;

    /// <summary>Also write days that are locked on the server (fixed by hand).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Write one IcuWellnessResult per date.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        // Fail before reading any input: not connected, or -Clear names no clearable field.
        session = ResolveSession();
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Date)))
        {
            Date = CommandLineDate(Date);
        }

        try
        {
            WellnessFields.ResolveClear(Clear);
        }
        catch (IcuWellnessUnknownFieldException exception)
        {
            ThrowIcuError(exception, exception.Name);
        }
    }

    protected override void ProcessRecord()
    {
        if (InputObject is not null && !MyInvocation.ExpectingInput)
        {
            // -InputObject given directly: PowerShell bound none of its properties, so they are matched here.
            foreach (var item in Items(InputObject))
            {
                rows.Add(MatchedRow(item));
            }

            return;
        }

        // A piped object: Core matches its properties to the fields, by name and alias as PowerShell would bind
        // them, then the other spellings ("Weight (kg)"), and names the columns nothing uses. The field
        // parameters and -Date do not bind by property name themselves: PowerShell would try their 93 names and
        // aliases on every row, which was most of the time of a 3,650-row upload, only for Core to match them again.
        rows.Add(InputObject is null ? Row(null, new Dictionary<string, object?>(), null, []) : MatchedRow(InputObject));
    }

    /// <summary>A row from the object's own properties; its unused columns are warned about once per set of columns.</summary>
    private WellnessRow MatchedRow(PSObject item)
    {
        var match = WellnessPropertyMatcher.Match(Properties(item));
        if (item.BaseObject is IcuWellness)
        {
            // A day from Get-IcuWellness: every property is known (server values, custom fields), none is "unused".
            return Row(item, match.Fields, match.Date, []);
        }

        if (item.BaseObject is not (PSCustomObject or IDictionary))
        {
            // A typed object (a DataRow, a class of the caller's): its other properties are its shape, not columns
            // someone typed, so they are not reported as unused.
            return Row(item, match.Fields, match.Date, []);
        }

        var names = string.Join("\n", match.Unused.Select(column => column.Name));
        if (match.Unused.Count > 0 && warnedColumns.Add(names))
        {
            WriteWarning(string.Format(CultureInfo.InvariantCulture, WellnessCmdletMessages.WarningUnusedColumns, string.Join(", ", match.Unused), WellnessErrorIds.UnusedColumns));
        }

        return Row(item, match.Fields, match.Date, match.Unused);
    }

    protected override void EndProcessing()
    {
        if (rows.Count == 0)
        {
            // An empty pipeline: an empty or header-only CSV, or a filter that matched nothing.
            WriteWarning(string.Format(CultureInfo.InvariantCulture, WellnessCmdletMessages.WarningNoInput, WellnessErrorIds.NoInput));
            return;
        }

        IProgress<WellnessBatchProgress>? batchProgress = null;
        var options = new WellnessUploadOptions { Mode = Mode, Force = Force, Clear = Clear ?? [], BatchCompleted = batch => batchProgress?.Report(batch) };
        WellnessPlan plan;
        try
        {
            plan = Run((log, cancel) => WellnessUploader.PlanAsync(session!, rows, options, log, cancel));
        }
        catch (IcuException exception)
        {
            // Only failures that concern every row end up here (refused credential, reading refused).
            ThrowIcuError(exception, null);
            return;
        }

        var approved = new HashSet<DateOnly>();
        // Looked up once, not once per date of a ten-year import.
        var descriptionFormat = WellnessCmdletMessages.ShouldProcessDescription;
        var warningFormat = WellnessCmdletMessages.ShouldProcessWarning;
        var caption = WellnessCmdletMessages.ShouldProcessCaption;
        foreach (var write in plan.Writes)
        {
            var description = string.Format(CultureInfo.InvariantCulture, descriptionFormat, write.DateText, write.DiffText);
            var warning = string.Format(CultureInfo.InvariantCulture, warningFormat, write.DateText, write.DiffText);
            if (ShouldProcess(description, warning, caption))
            {
                approved.Add(write.Date);
            }
        }

        var report = Run<WellnessUploadReport, WellnessBatchProgress>(
            (log, progress, cancel) =>
            {
                batchProgress = progress;
                return WellnessUploader.SendAsync(session!, plan, approved, log, cancel);
            },
            ShowBatch);
        if (shownBatches)
        {
            WriteProgress(new ProgressRecord(ProgressId, "Set-IcuWellness", CmdletMessages.ProgressDone) { RecordType = ProgressRecordType.Completed });
        }

        foreach (var result in report.Results)
        {
            if (result.GetException() is { } error)
            {
                WriteIcuError(error, result.GetSource() ?? result.Date);
            }

            if (PassThru)
            {
                WriteObject(result);
            }
        }
    }

    /// <summary>
    /// -Date typed on the command line binds the PowerShell way, as Get-IcuWellness -Date does: text in
    /// the current culture's format or ISO (20.11.2026 on a German machine). CSV cells keep the documented
    /// invariant yyyy-MM-dd rule, which Core applies.
    /// </summary>
    private object? CommandLineDate(object? given)
    {
        if (Plain(given) is not string text || string.IsNullOrWhiteSpace(text))
        {
            return Plain(given);
        }

        try
        {
            return (DateTime)LanguagePrimitives.ConvertTo(text, typeof(DateTime), CultureInfo.CurrentCulture);
        }
        catch (PSInvalidCastException exception)
        {
            var message = string.Format(CultureInfo.InvariantCulture, WellnessCmdletMessages.InvalidDateParameter, text);
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message, nameof(Date), exception), WellnessErrorIds.InvalidDateParameter, ErrorCategory.InvalidArgument, text)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = WellnessCmdletMessages.FixInvalidDateParameter },
            });
            return null;
        }
    }

    /// <summary>A bar for runs of several bulk requests (more than 5,000 dates, or 512 KiB of JSON).</summary>
    private void ShowBatch(WellnessBatchProgress batch)
    {
        if (batch.BatchCount < 2)
        {
            return;
        }

        shownBatches = true;
        var status = string.Format(CultureInfo.CurrentCulture, WellnessCmdletMessages.ProgressBatch, batch.BatchNumber, batch.BatchCount, batch.Dates);
        WriteProgress(new ProgressRecord(ProgressId, "Set-IcuWellness", status) { PercentComplete = batch.BatchNumber * 100 / batch.BatchCount });
    }

    /// <summary>A row: fields matched from an unbound object, under the parameters bound for this input.</summary>
    private WellnessRow Row(PSObject? source, IReadOnlyDictionary<string, object?> matched, object? matchedDate, IReadOnlyList<WellnessUnusedColumn> unused)
    {
        var fields = new Dictionary<string, object?>(matched, StringComparer.Ordinal);
        foreach (var (name, value) in BoundFields())
        {
            if (Plain(value) is { } given)
            {
                fields[name] = given;
            }
        }

        var record = source?.BaseObject as IcuWellness;
        return new WellnessRow
        {
            Date = Plain(Date) ?? Plain(matchedDate),
            Fields = fields,
            CustomFields = CustomFields(source, record),
            Record = record,
            Source = source,
            Unused = unused,
        };
    }

    /// <summary>
    /// A day from Get-IcuWellness carries its custom fields as note properties; their current values
    /// (possibly edited) are read from the object. -CustomField comes on top.
    /// </summary>
    private Dictionary<string, object?> CustomFields(PSObject? source, IcuWellness? record)
    {
        var custom = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (source is not null && record is not null)
        {
            foreach (var (code, _) in WellnessRecords.CustomFieldCells(record))
            {
                custom[code] = Plain(source.Properties[code]?.Value);
            }
        }

        if (CustomField is not null)
        {
            foreach (DictionaryEntry entry in CustomField)
            {
                custom[Convert.ToString(Plain(entry.Key), CultureInfo.InvariantCulture) ?? string.Empty] = Plain(entry.Value);
            }
        }

        return custom;
    }

    /// <summary>The field parameters by their names, which are the field names of Core's WellnessFields.</summary>
    private IEnumerable<KeyValuePair<string, object?>> BoundFields() =>
    [
        new(nameof(Weight), Weight),
        new(nameof(RestingHR), RestingHR),
        new(nameof(Hrv), Hrv),
        new(nameof(HrvSDNN), HrvSDNN),
        new(nameof(MenstrualPhase), MenstrualPhase),
        new(nameof(KcalConsumed), KcalConsumed),
        new(nameof(SleepSecs), SleepSecs),
        new(nameof(SleepHours), SleepHours),
        new(nameof(SleepScore), SleepScore),
        new(nameof(SleepQuality), SleepQuality),
        new(nameof(AvgSleepingHR), AvgSleepingHR),
        new(nameof(Soreness), Soreness),
        new(nameof(Fatigue), Fatigue),
        new(nameof(Stress), Stress),
        new(nameof(Mood), Mood),
        new(nameof(Motivation), Motivation),
        new(nameof(Injury), Injury),
        new(nameof(SpO2), SpO2),
        new(nameof(Systolic), Systolic),
        new(nameof(Diastolic), Diastolic),
        new(nameof(Hydration), Hydration),
        new(nameof(HydrationVolume), HydrationVolume),
        new(nameof(Readiness), Readiness),
        new(nameof(BaevskySI), BaevskySI),
        new(nameof(BloodGlucose), BloodGlucose),
        new(nameof(Lactate), Lactate),
        new(nameof(BodyFat), BodyFat),
        new(nameof(Abdomen), Abdomen),
        new(nameof(Vo2max), Vo2max),
        new(nameof(Comments), Comments),
        new(nameof(Steps), Steps),
        new(nameof(Respiration), Respiration),
        new(nameof(Carbohydrates), Carbohydrates),
        new(nameof(Protein), Protein),
        new(nameof(FatTotal), FatTotal),
        new(nameof(Locked), Locked),
    ];

    /// <summary>The items of an array given to -InputObject, or the object itself.</summary>
    private static IEnumerable<PSObject> Items(PSObject input)
    {
        if (input.BaseObject is IEnumerable items and not string and not IDictionary)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    yield return PSObject.AsPSObject(item);
                }
            }

            yield break;
        }

        yield return input;
    }

    private static List<KeyValuePair<string, object?>> Properties(PSObject item)
    {
        var properties = new List<KeyValuePair<string, object?>>();
        if (item.BaseObject is IDictionary dictionary)
        {
            // @{ Date = '2026-12-01'; Weight = 70 }: its keys are its columns.
            foreach (DictionaryEntry entry in dictionary)
            {
                properties.Add(new(Convert.ToString(Plain(entry.Key), CultureInfo.InvariantCulture) ?? string.Empty, Plain(entry.Value)));
            }

            return properties;
        }

        foreach (var property in item.Properties)
        {
            try
            {
                properties.Add(new(property.Name, Plain(property.Value)));
            }
            catch (GetValueException)
            {
                // A property whose getter throws is simply not a value.
            }
        }

        return properties;
    }

    /// <summary>The value without PowerShell's wrapper; AutomationNull (an empty pipeline result) is null.</summary>
    private static object? Plain(object? value) => value switch
    {
        PSObject empty when ReferenceEquals(empty, System.Management.Automation.Internal.AutomationNull.Value) => null,
        PSObject { BaseObject: PSCustomObject } custom => custom,
        PSObject wrapped => wrapped.BaseObject,
        _ => value,
    };
}
