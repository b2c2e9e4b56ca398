namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// A day of the athlete's calendar (a wellness id, <c>training_plan_start_date</c>): a DateTime of kind
/// Unspecified at midnight, written back as the API's <c>YYYY-MM-DD</c>. The model generator puts it on
/// every field its date rule calls a local date.
/// </summary>
public sealed class LocalDateConverter() : LocalDateTextConverter(Format, dayOnly: true)
{
    public const string Format = "yyyy-MM-dd";
}
