using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervalsIcu.Core.Model.Converters;

/// <summary>
/// A day of the athlete's calendar (a wellness id, <c>training_plan_start_date</c>): read as a DateTime of
/// kind Unspecified at midnight, written back as the API's <c>YYYY-MM-DD</c>. The model generator puts it
/// on every field its date rule calls a local date.
/// </summary>
public sealed class LocalDateConverter : JsonConverter<DateTime?>
{
    public const string Format = "yyyy-MM-dd";

    public override bool HandleNull => true;

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LocalDateText.Read(ref reader)?.Date;

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
        LocalDateText.Write(writer, value, Format);
}
