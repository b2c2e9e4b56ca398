namespace IntervalsIcu.Core.Events;

/// <summary>
/// Recognises a plan from its own external ids: their longest common prefix, cut back to just after the
/// last separator (- _ . : /) so that "plan-10" and "plan-11" give "plan-", not "plan-1". Without a
/// separator-ended prefix there is no plan to recognise, and -Prune refuses to guess.
/// </summary>
public static class PlanPrefix
{
    private static readonly char[] Separators = ['-', '_', '.', ':', '/'];

    public static string? From(IEnumerable<string> externalIds)
    {
        string? common = null;
        foreach (var id in externalIds)
        {
            common = common is null ? id : common[..CommonLength(common, id)];
        }

        if (string.IsNullOrEmpty(common))
        {
            return null;
        }

        var cut = common.LastIndexOfAny(Separators);
        return cut <= 0 ? null : common[..(cut + 1)];
    }

    private static int CommonLength(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}
