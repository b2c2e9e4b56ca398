using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// The athlete's wall clock (<c>start_date_local</c>, <c>end_date_local</c>): read as a DateTime of kind
/// Unspecified, written back as the API's <c>YYYY-MM-DDTHH:mm:ss</c> (fractions of a second only when
/// there are any). The model generator puts it on every field its date rule calls a local date-time.
/// </summary>
public sealed class LocalDateTimeConverter : JsonConverter<DateTime?>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";

    public override bool HandleNull => true;

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LocalDateText.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
        LocalDateText.Write(writer, value, Format);
}
