using System.Text;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Selection;

/// <summary>
/// A name as PowerShell's wildcards take it (<c>*</c>, <c>?</c>, <c>[abc]</c>), case-insensitive, so Core can
/// expand <c>-Property *Power*</c> without System.Management.Automation.
/// </summary>
internal sealed class NamePattern
{
    private readonly Regex regex;

    private NamePattern(string text) =>
        regex = new Regex(ToRegex(text), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool HasWildcards(string name) => name.AsSpan().IndexOfAny("*?[") >= 0;

    public static NamePattern Of(string text) => new(text);

    public bool IsMatch(string name) => regex.IsMatch(name);

    private static string ToRegex(string pattern)
    {
        var text = new StringBuilder("^");
        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            var close = character == '[' ? pattern.IndexOf(']', index + 1) : -1;
            if (close > index + 1)
            {
                // A set or range as PowerShell's [a-c]; Regex.Escape leaves '-' alone, so ranges stay ranges.
                text.Append('[').Append(Regex.Escape(pattern[(index + 1)..close])).Append(']');
                index = close;
                continue;
            }

            text.Append(character switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(character.ToString()),
            });
        }

        return text.Append('$').ToString();
    }
}
