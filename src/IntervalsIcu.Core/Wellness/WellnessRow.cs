namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// One input of Set-IcuWellness as the cmdlet bound it, before anything is read or checked: the date and
/// the field values exactly as given (CSV text, numbers, booleans), so all reading and validation happen
/// here in Core, the same on every machine.
/// </summary>
public sealed class WellnessRow
{
    /// <summary>A DateTime, DateOnly or yyyy-MM-dd text; null means today in the athlete's zone.</summary>
    public object? Date { get; init; }

    /// <summary>Field values by a field's name, API name or alias (any case); blank values mean "no value".</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <summary>Custom wellness fields by code (e.g. BodyBattery): numbers, text or booleans.</summary>
    public IReadOnlyDictionary<string, object?> CustomFields { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// A day read by Get-IcuWellness and piped back: its writable fields and custom fields are the
    /// row's values, under any given in <see cref="Fields"/> and <see cref="CustomFields"/>. Only what
    /// differs from the server is sent, so unchanged fields of the object cost nothing.
    /// </summary>
    public IntervalsIcu.Core.Model.IcuWellness? Record { get; init; }

    /// <summary>The input's columns that name no wellness field (see <see cref="WellnessPropertyMatcher"/>): a row with only these fails.</summary>
    public IReadOnlyList<WellnessUnusedColumn> Unused { get; init; } = [];

    /// <summary>The pipeline object the row came from: the TargetObject of its error, handed back untouched.</summary>
    public object? Source { get; init; }
}
