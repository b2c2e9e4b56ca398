using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace IntervalsIcu.PowerShell.Filtering;

/// <summary>
/// Names given with wildcards, as Get-Item takes them: an item is kept when one of its names matches any
/// pattern (or when no pattern was given), and a name without wildcards that matched nothing is reported after.
/// </summary>
internal sealed class WildcardSelection
{
    private readonly List<(string Name, WildcardPattern Pattern)> patterns;
    private readonly HashSet<string> found = new(StringComparer.OrdinalIgnoreCase);

    public WildcardSelection(IEnumerable<string>? names) =>
        patterns = (names ?? []).Select(name => (name, new WildcardPattern(name, WildcardOptions.IgnoreCase))).ToList();

    /// <summary>Whether an item with these names is selected; remembers the patterns it matched.</summary>
    public bool Selects(IEnumerable<string?> itemNames)
    {
        if (patterns.Count == 0)
        {
            return true;
        }

        var names = itemNames.OfType<string>().ToList();
        var matched = patterns.Where(p => names.Any(p.Pattern.IsMatch)).ToList();
        foreach (var (name, _) in matched)
        {
            found.Add(name);
        }

        return matched.Count > 0;
    }

    /// <summary>The items of a listing that <paramref name="keep"/> accepts and whose names this selection selects.</summary>
    public async IAsyncEnumerable<T> SelectFrom<T>(
        IAsyncEnumerable<T> items, Func<T, IEnumerable<string?>> namesOf, Func<T, bool> keep, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (keep(item) && Selects(namesOf(item)))
            {
                yield return item;
            }
        }
    }

    /// <summary>The names without wildcards that no item matched.</summary>
    public IEnumerable<string> Missing() =>
        patterns.Select(p => p.Name).Where(name => !WildcardPattern.ContainsWildcardCharacters(name) && !found.Contains(name)).ToList();
}
