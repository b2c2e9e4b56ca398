using System.Management.Automation;
using System.Reflection;
using IntervalsIcu.Core.Model;

namespace IntervalsIcu.PowerShell.Output;

/// <summary>
/// Gives each date of an output object a PowerShell ToString that writes ISO 8601 whatever the culture.
/// Export-Csv and Format-Table turn a property into text with its ToString, which for a DateTime is the
/// culture's (11/27/2026 on en-US, 27.11.2026 on de-DE). The value stays a real DateTime or
/// DateTimeOffset (it compares with Get-Date, has AddDays, -is [datetime]); only its text changes.
/// </summary>
internal static class IsoDates
{
    private static readonly MethodInfo LocalDateMethod = Method(nameof(LocalDate));
    private static readonly MethodInfo LocalDateTimeMethod = Method(nameof(LocalDateTime));
    private static readonly MethodInfo InstantMethod = Method(nameof(Instant));

    /// <summary>True when the record has a date property with a value, which <see cref="Apply"/> would wrap.</summary>
    public static bool Has(object record) => DateCells.Of(record.GetType()).Any(date => date.Property.GetValue(record) is not null);

    /// <summary>
    /// Adds to <paramref name="wrapped"/> a note of the same name for each date of <paramref name="record"/>:
    /// the same value, with ISO text. A note is looked up before the type's own property.
    /// </summary>
    public static void Apply(PSObject wrapped, object record)
    {
        foreach (var date in DateCells.Of(record.GetType()))
        {
            if (date.Property.GetValue(record) is { } value)
            {
                wrapped.Properties.Add(new PSNoteProperty(date.Property.Name, Cell(value, date.Format)));
            }
        }
    }

    /// <summary>The date <paramref name="value"/> as a cell: the same value, whose ToString writes <paramref name="format"/> (a <see cref="DateCells"/> format).</summary>
    public static PSObject Cell(object value, string format)
    {
        var text = new PSObject(value);
        text.Methods.Add(new PSCodeMethod(nameof(ToString), MethodFor(format)));
        return text;
    }

    // PSCodeMethod targets: $date.ToString() is ISO; $date.ToString('yyyy') and other overloads work as on DateTime.
    public static string LocalDate(PSObject instance, params object[] arguments) => Text(instance, DateCells.LocalDateFormat, arguments);

    public static string LocalDateTime(PSObject instance, params object[] arguments) => Text(instance, DateCells.LocalDateTimeFormat, arguments);

    public static string Instant(PSObject instance, params object[] arguments) => Text(instance, DateCells.InstantFormat, arguments);

    private static string Text(PSObject instance, string isoFormat, object[] arguments)
    {
        var value = instance.BaseObject;
        if (arguments.Length == 0)
        {
            return DateCells.Text(value, isoFormat);
        }

        // ToString(format), ToString(provider) or ToString(format, provider), as DateTime and DateTimeOffset have.
        var format = arguments[0] as string;
        var provider = arguments[^1] as IFormatProvider;
        return ((IFormattable)value).ToString(format, provider);
    }

    private static MethodInfo MethodFor(string format) => format switch
    {
        DateCells.LocalDateFormat => LocalDateMethod,
        DateCells.InstantFormat => InstantMethod,
        _ => LocalDateTimeMethod,
    };

    private static MethodInfo Method(string name) =>
        typeof(IsoDates).GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(name);
}
