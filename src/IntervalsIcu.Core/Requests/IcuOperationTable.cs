namespace IntervalsIcu.Core.Requests;

/// <summary>Look-ups over the generated table: by operationId, by method and path, and the closest names for a typo.</summary>
public static partial class IcuOperationTable
{
    private const int ClosestShown = 3;

    private static readonly Dictionary<string, IcuOperation> ById =
        All.ToDictionary(operation => operation.OperationId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The operation, matched without regard to case (Tab completion and typing both work), or an error naming the closest ones.</summary>
    public static IcuOperation Find(string operationId) =>
        ById.TryGetValue(operationId.Trim(), out var operation)
            ? operation
            : throw IcuRequestException.UnknownOperation(operationId, Closest(operationId, All.Select(o => o.OperationId)));

    /// <summary>The names nearest to <paramref name="input"/> by edit distance (case-insensitive), nearest first.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> names) =>
        names.Select(name => (Name: name, Distance: EditDistance(input.ToUpperInvariant(), name.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(ClosestShown)
            .Select(x => x.Name)
            .ToList();

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
