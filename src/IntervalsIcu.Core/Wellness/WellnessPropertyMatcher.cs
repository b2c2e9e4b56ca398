namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// Matches an object's properties (a CSV row's columns) to wellness fields: first the way PowerShell binds
/// parameters by property name (the field's name, then its aliases in order, any case), then the header
/// spellings of <see cref="WellnessHeaders"/> ("Weight (kg)", "Resting Heart Rate"). What matches nothing is
/// returned as unused, with the field it probably meant, so nothing is dropped in silence.
/// </summary>
public static class WellnessPropertyMatcher
{
    /// <summary>The property names that give the date, in the order they are tried (the -Date parameter and its aliases).</summary>
    public static IReadOnlyList<string> DateNames { get; } = ["Date", "Id", "Day"];

    /// <summary>The fields, the date and the unused columns of one object's properties.</summary>
    public static WellnessPropertyMatch Match(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var ordered = new List<KeyValuePair<string, object?>>();
        var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            if (byName.TryAdd(property.Key, property.Value))
            {
                ordered.Add(property);
            }
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in WellnessFields.All)
        {
            foreach (var name in field.Aliases.Prepend(field.Name))
            {
                if (byName.TryGetValue(name, out var value))
                {
                    fields[field.Name] = value;
                    used.Add(name);
                    break;
                }
            }
        }

        var dateName = DateNames.FirstOrDefault(name => byName.GetValueOrDefault(name) is not null);
        used.UnionWith(DateNames);
        var date = dateName is null ? null : byName[dateName];
        var unused = new List<WellnessUnusedColumn>();
        foreach (var (name, value) in ordered.Where(property => !used.Contains(property.Key)))
        {
            if (WellnessHeaders.IsServerField(name))
            {
                continue;
            }

            if (WellnessHeaders.IsDate(name) && date is null)
            {
                date = value;
                continue;
            }

            var field = WellnessHeaders.Resolve(name, out var suggestion);
            if (field is not null && fields.TryAdd(field.Name, value))
            {
                continue;
            }

            unused.Add(new WellnessUnusedColumn(name, value, field?.Name ?? suggestion));
        }

        return new WellnessPropertyMatch { Fields = fields, Date = date, Unused = unused };
    }
}
