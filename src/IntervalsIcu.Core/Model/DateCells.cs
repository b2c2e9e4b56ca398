using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using IntervalsIcu.Core.Model.Converters;

namespace IntervalsIcu.Core.Model;

/// <summary>
/// The ISO 8601 text of each date property of an output object, the same whatever the culture: a
/// calendar day <c>2026-11-27</c>, the athlete's wall clock <c>2026-11-27T10:40:07</c>, an instant
/// <c>2026-11-27T09:40:07.123+00:00</c>. The cmdlets use it so Export-Csv and tables never write a date
/// the culture's way (<c>11/27/2026 10:40:07 +00:00</c>), which another machine would read wrong.
/// </summary>
public static class DateCells
{
    public const string LocalDateFormat = LocalDateConverter.Format;
    public const string LocalDateTimeFormat = LocalDateTimeConverter.Format;
    public const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<DateProperty>> ByType = new();

    /// <summary>The public DateTime and DateTimeOffset properties of <paramref name="type"/>, each with its ISO format.</summary>
    public static IReadOnlyList<DateProperty> Of(Type type) => ByType.GetOrAdd(type, Find);

    /// <summary><paramref name="value"/> (a DateTime or DateTimeOffset) in <paramref name="format"/>, invariantly.</summary>
    public static string Text(object value, string format) => value switch
    {
        DateTime local => local.ToString(format, CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString(format, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Not a date: {value.GetType()}.", nameof(value)),
    };

    private static IReadOnlyList<DateProperty> Find(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => FormatOf(p) is { } format ? new DateProperty(p, format) : null)
            .OfType<DateProperty>()
            .ToList();

    private static string? FormatOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(DateTimeOffset))
        {
            return InstantFormat;
        }

        if (type != typeof(DateTime))
        {
            return null;
        }

        return property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(LocalDateConverter)
            ? LocalDateFormat
            : LocalDateTimeFormat;
    }
}
