namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Matches an object's properties to wellness fields the way PowerShell binds parameters by property
/// name: the field's name first, then its aliases in order, without regard to case. Used for objects
/// given to -InputObject directly (not piped), whose properties PowerShell does not bind.
/// </summary>
public static class WellnessPropertyMatcher
{
    /// <summary>The property names that give the date, in the order they are tried (the -Date parameter and its aliases).</summary>
    public static IReadOnlyList<string> DateNames { get; } = ["Date", "Id", "Day"];

    /// <summary>Field name → value of every field a property matches; other properties are ignored.</summary>
    public static IReadOnlyDictionary<string, object?> Fields(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var byName = ByName(properties);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in WellnessFields.All)
        {
            foreach (var name in field.Aliases.Prepend(field.Name))
            {
                if (byName.TryGetValue(name, out var value))
                {
                    fields[field.Name] = value;
                    break;
                }
            }
        }

        return fields;
    }

    /// <summary>The value of the first date property (Date, Id, Day), or null when there is none.</summary>
    public static object? Date(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var byName = ByName(properties);
        return DateNames.Select(name => byName.GetValueOrDefault(name)).FirstOrDefault(value => value is not null);
    }

    private static Dictionary<string, object?> ByName(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in properties)
        {
            byName.TryAdd(name, value);
        }

        return byName;
    }
}
