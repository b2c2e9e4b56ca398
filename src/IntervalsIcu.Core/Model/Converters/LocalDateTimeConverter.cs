namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// The athlete's wall clock (<c>start_date_local</c>, <c>end_date_local</c>): a DateTime of kind
/// Unspecified, written back as the API's <c>YYYY-MM-DDTHH:mm:ss</c> (fractions of a second only when
/// there are any). The model generator puts it on every field its date rule calls a local date-time.
/// </summary>
public sealed class LocalDateTimeConverter() : LocalDateTextConverter(Format, dayOnly: false)
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";
}
