namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// One writable wellness field (api-facts §6.2, class W): the PascalCase name the cmdlet parameter and
/// the output property carry, the API's JSON name, how its value is read, the plausible range that is
/// checked before sending, and the extra names a CSV header may give it.
/// </summary>
/// <param name="Aliases">Names besides <paramref name="Name"/>. Names that differ from it only in case
/// (the API's restingHR for RestingHR) are not listed: PowerShell matches parameter and property
/// names without regard to case already, and an alias equal to a parameter name is an error there.</param>
public sealed record WellnessField(
    string Name,
    string ApiName,
    WellnessFieldKind Kind,
    double? Minimum,
    double? Maximum,
    string? Unit,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The words a <see cref="WellnessFieldKind.Choice"/> field accepts, upper case as the API writes them.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Numeric fields are cleared on purpose with the API's -1 (developer, forum t/609 post 34).</summary>
    public bool CanClear => Kind is WellnessFieldKind.Integer or WellnessFieldKind.Number or WellnessFieldKind.Hours;

    /// <summary>The physical unit a header may name (kg, bpm, ms); null for scores ("(1 = best)") and unitless fields.</summary>
    public string? MeasureUnit => Unit is null || Unit.StartsWith('(') ? null : Unit.Split(' ')[0];

    /// <summary>True for SleepHours, which is a way to give <c>sleepSecs</c>, not a field of its own.</summary>
    public bool IsConvenience => Kind == WellnessFieldKind.Hours;
}
