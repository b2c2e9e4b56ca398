using System.Text;

namespace IntervalsIcu.ModelGenerator;

/// <summary>
/// Turns API names into C# identifiers.
/// <list type="bullet">
/// <item>Properties: split on every character that is not an ASCII letter or digit (in practice
/// <c>_</c>), upper-case the first letter of each part and keep the rest as written, so camelCase humps
/// survive: <c>icu_weight</c> → <c>IcuWeight</c>, <c>restingHR</c> → <c>RestingHR</c>,
/// <c>hrvSDNN</c> → <c>HrvSDNN</c>, <c>p30s_exponent</c> → <c>P30sExponent</c>.</item>
/// <item>Enum constants: the same, except that an all-capitals part is written in title case:
/// <c>RACE_A</c> → <c>RaceA</c>, <c>GARMIN_CONNECT</c> → <c>GarminConnect</c>, <c>VirtualRide</c> stays.</item>
/// <item>A name that would start with a digit gets a leading <c>_</c> (<c>5s_power</c> → <c>_5sPower</c>).</item>
/// <item>A name that is reserved in its class (the class's own name, <c>AdditionalProperties</c>, the
/// members every object has, <c>All</c> in a values class) gets the suffix <c>Value</c>.</item>
/// <item>Two API names that map to the same identifier (<c>foo_bar</c> and <c>fooBar</c>): the later one
/// in spec order gets <c>2</c>, then <c>3</c>, and the generated code says so in a comment.</item>
/// </list>
/// An entry in <see cref="GeneratorTables.PropertyOverrides"/> wins over all of this.
/// </summary>
internal static class Naming
{
    /// <summary>Members every class inherits from <see cref="object"/>; a property may not hide them.</summary>
    public static readonly IReadOnlySet<string> ObjectMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    public static string TypeSegment(string schema) => Join(schema, titleCaseAllCaps: false);

    public static string Property(string apiName) => Join(apiName, titleCaseAllCaps: false);

    public static string EnumConstant(string value) => Join(value, titleCaseAllCaps: true);

    /// <summary>
    /// Picks a name that is neither reserved nor taken, following the rules above, and says why it
    /// differs from <paramref name="candidate"/> (null when it does not).
    /// </summary>
    public static (string Name, string? Why) Resolve(string candidate, IReadOnlySet<string> reserved, ISet<string> taken)
    {
        var name = candidate;
        string? why = null;
        if (reserved.Contains(name))
        {
            name += "Value";
            why = $"'{candidate}' is reserved in this class";
        }

        if (taken.Contains(name))
        {
            var n = 2;
            while (taken.Contains(name + n))
            {
                n++;
            }

            why = $"'{name}' is already taken in this class";
            name += n;
        }

        taken.Add(name);
        return (name, why);
    }

    private static string Join(string raw, bool titleCaseAllCaps)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var part in Split(raw))
        {
            if (titleCaseAllCaps && IsAllCaps(part))
            {
                builder.Append(part[0]);
                builder.Append(part[1..].ToLowerInvariant());
            }
            else
            {
                builder.Append(char.ToUpperInvariant(part[0]));
                builder.Append(part.AsSpan(1));
            }
        }

        if (builder.Length == 0)
        {
            throw new GeneratorException($"'{raw}' has no letters or digits to make a C# name from.");
        }

        if (char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Split(string raw)
    {
        var start = -1;
        for (var i = 0; i <= raw.Length; i++)
        {
            var isWordChar = i < raw.Length && char.IsAsciiLetterOrDigit(raw[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return raw[start..i];
                start = -1;
            }
        }
    }

    private static bool IsAllCaps(string part)
    {
        var hasLetter = false;
        foreach (var c in part)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }

            hasLetter |= char.IsAsciiLetter(c);
        }

        return hasLetter;
    }
}
