using System.Management.Automation;
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
            if (date.Property.GetValue(record) is IFormattable value)
            {
                wrapped.Properties.Add(new PSNoteProperty(date.Property.Name, Cell(value, date.Format)));
            }
        }
    }

    /// <summary>The date <paramref name="value"/> as a cell: the same value, whose ToString writes <paramref name="format"/> (a <see cref="DateCells"/> format).</summary>
    public static PSObject Cell(IFormattable value, string format)
    {
        var text = new PSObject(value);
        text.Methods.Add(new IsoDateToString(value, format));
        return text;
    }
}
