using System.Collections;
using System.Management.Automation;

namespace IntervalsIcu.PowerShell.Json;

/// <summary>
/// PowerShell input as plain .NET values that System.Text.Json serializes the way a user means them:
/// PSObject wrappers removed, PSCustomObjects and hashtables as dictionaries (in their own order),
/// arrays as lists. Strings stay strings (JSON text for -Body).
/// </summary>
public static class PowerShellToPlain
{
    public static object? Convert(object? value)
    {
        if (value is PSObject wrapped)
        {
            if (wrapped.BaseObject is PSCustomObject)
            {
                var properties = new System.Collections.Specialized.OrderedDictionary();
                foreach (var property in wrapped.Properties)
                {
                    properties[property.Name] = Convert(property.Value);
                }

                return properties;
            }

            value = wrapped.BaseObject;
        }

        switch (value)
        {
            case null or string:
                return value;
            case IDictionary dictionary:
                var copy = new System.Collections.Specialized.OrderedDictionary();
                foreach (DictionaryEntry entry in dictionary)
                {
                    copy[Convert(entry.Key) ?? string.Empty] = Convert(entry.Value);
                }

                return copy;
            case IEnumerable items:
                return items.Cast<object?>().Select(Convert).ToList();
            default:
                return value;
        }
    }

    /// <summary>A hashtable's entries with their keys as text and their values plain.</summary>
    public static Dictionary<string, object?> Entries(IDictionary? table)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (table is not null)
        {
            foreach (DictionaryEntry entry in table)
            {
                entries[entry.Key.ToString() ?? string.Empty] = Convert(entry.Value);
            }
        }

        return entries;
    }
}
