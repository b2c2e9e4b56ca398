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

    // Every field's name (rank 0) and aliases (rank 1, 2, ...), built once: a row is matched by looking up its
    // own few properties here, not by trying all the 90 names on every row.
    private static readonly Dictionary<string, (WellnessField Field, int Rank)> KnownNames = BuildKnownNames();

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

        // Per field, the property under its name or earliest alias, as PowerShell's binding by property name picks.
        var chosen = new Dictionary<WellnessField, (string Name, int Rank, object? Value)>(ReferenceEqualityComparer.Instance);
        foreach (var (name, value) in ordered)
        {
            if (KnownNames.TryGetValue(name, out var known) && (!chosen.TryGetValue(known.Field, out var earlier) || known.Rank < earlier.Rank))
            {
                chosen[known.Field] = (name, known.Rank, value);
            }
        }

        var used = new HashSet<string>(DateNames, StringComparer.OrdinalIgnoreCase);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in WellnessFields.All)
        {
            if (chosen.TryGetValue(field, out var match))
            {
                fields[field.Name] = match.Value;
                used.Add(match.Name);
            }
        }

        var dateName = DateNames.FirstOrDefault(name => byName.GetValueOrDefault(name) is not null);
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

    private static Dictionary<string, (WellnessField Field, int Rank)> BuildKnownNames()
    {
        var names = new Dictionary<string, (WellnessField Field, int Rank)>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in WellnessFields.All)
        {
            var rank = 0;
            foreach (var name in field.Aliases.Prepend(field.Name))
            {
                // A name shared by two fields belongs to the first, as the loop over the fields in order gave it.
                names.TryAdd(name, (field, rank++));
            }
        }

        return names;
    }
}
