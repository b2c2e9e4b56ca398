namespace IntervalsIcu.Core.Selection;

/// <summary>
/// What -Property resolved to: the output's properties in order (the identity ones not named first, then
/// the chosen ones in the order given) and the API fields to ask for with <c>fields=</c> (theirs, plus what
/// the listing itself reads, such as an activity's <c>source</c> for the Strava stub count).
/// </summary>
public sealed record PropertySelection(Type RecordType, IReadOnlyList<SelectableProperty> Properties, IReadOnlyList<string> ApiFields)
{
    /// <summary>The API's <c>fields</c> query value: the fields comma-joined (api-facts §1).</summary>
    public string FieldsQuery => string.Join(",", ApiFields);
}
