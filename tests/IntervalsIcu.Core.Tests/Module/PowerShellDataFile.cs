using System.Globalization;
using System.Text;

namespace IntervalsIcu.Core.Tests.Module;

/// <summary>
/// Reads a PowerShell data file (.psd1) without PowerShell: the restricted language manifests use.
/// Hashtables <c>@{ Key = value }</c> become dictionaries (keys case-insensitive), arrays <c>@( … )</c>
/// and comma lists become <c>List&lt;object?&gt;</c>, quoted strings strings, <c>$true</c>/<c>$false</c>
/// booleans, <c>$null</c> null, numbers decimals. Comments (<c>#</c> and <c>&lt;# #&gt;</c>) are skipped.
/// Anything else (a variable, a command, a subexpression) is refused, as Import-PowerShellDataFile would.
/// </summary>
internal sealed class PowerShellDataFile
{
    private readonly string text;
    private int at;

    private PowerShellDataFile(string text) => this.text = text;

    public static Dictionary<string, object?> Read(string path) => Parse(File.ReadAllText(path));

    public static Dictionary<string, object?> Parse(string text)
    {
        var reader = new PowerShellDataFile(text);
        reader.SkipBlank(newlines: true);
        var value = reader.Value() as Dictionary<string, object?> ?? throw reader.Error("a data file holds one hashtable");
        reader.SkipBlank(newlines: true);
        return reader.at == text.Length ? value : throw reader.Error("text after the hashtable");
    }

    /// <summary>A value as a list of strings: a single string becomes a list of one; @() an empty list.</summary>
    public static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        string single => [single],
        List<object?> list => [.. list.Select(item => item as string ?? throw new FormatException($"'{item}' is not a string"))],
        _ => throw new FormatException($"'{value}' is not a string or an array of strings"),
    };

    private object? Value()
    {
        var first = Single();
        SkipBlank(newlines: false);
        if (Peek() != ',')
        {
            return first;
        }

        var list = new List<object?> { first };
        while (Peek() == ',')
        {
            at++;
            SkipBlank(newlines: true);
            list.Add(Single());
            SkipBlank(newlines: false);
        }

        return list;
    }

    private object? Single()
    {
        if (Match("@{"))
        {
            return Hashtable();
        }

        if (Match("@("))
        {
            return Array();
        }

        return Peek() switch
        {
            '\'' => SingleQuoted(),
            '"' => DoubleQuoted(),
            '$' => Constant(),
            char c when char.IsAsciiDigit(c) || c == '-' => Number(),
            _ => throw Error("a value"),
        };
    }

    private Dictionary<string, object?> Hashtable()
    {
        var table = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipBlank(newlines: true, semicolons: true);
            if (Match("}"))
            {
                return table;
            }

            var key = Peek() is '\'' or '"' ? (string)Single()! : Bareword();
            SkipBlank(newlines: false);
            if (!Match("="))
            {
                throw Error($"'=' after the key {key}");
            }

            SkipBlank(newlines: true);
            table[key] = Value();
        }
    }

    private List<object?> Array()
    {
        var list = new List<object?>();
        while (true)
        {
            SkipBlank(newlines: true, semicolons: true);
            if (Match(")"))
            {
                return list;
            }

            var item = Value();
            if (item is List<object?> many)
            {
                list.AddRange(many);
            }
            else
            {
                list.Add(item);
            }
        }
    }

    private string SingleQuoted()
    {
        var value = new StringBuilder();
        at++;
        while (true)
        {
            if (at >= text.Length)
            {
                throw Error("the closing quote");
            }

            if (text[at] == '\'')
            {
                if (at + 1 < text.Length && text[at + 1] == '\'')
                {
                    value.Append('\'');
                    at += 2;
                    continue;
                }

                at++;
                return value.ToString();
            }

            value.Append(text[at++]);
        }
    }

    private string DoubleQuoted()
    {
        var end = text.IndexOf('"', at + 1);
        if (end < 0)
        {
            throw Error("the closing quote");
        }

        var value = text[(at + 1)..end];
        if (value.Contains('$', StringComparison.Ordinal) || value.Contains('`', StringComparison.Ordinal))
        {
            throw Error("a string without expansion (a data file allows none)");
        }

        at = end + 1;
        return value;
    }

    private object? Constant()
    {
        var word = Bareword(start: 1);
        return word.ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            "NULL" => null,
            _ => throw Error($"$true, $false or $null, not ${word}"),
        };
    }

    private decimal Number()
    {
        var start = at;
        at++;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == '.'))
        {
            at++;
        }

        return decimal.Parse(text.AsSpan(start, at - start), NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private string Bareword(int start = 0)
    {
        at += start;
        var from = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_'))
        {
            at++;
        }

        return at > from ? text[from..at] : throw Error("a name");
    }

    private void SkipBlank(bool newlines, bool semicolons = false)
    {
        while (at < text.Length)
        {
            var c = text[at];
            if (c == '#')
            {
                while (at < text.Length && text[at] != '\n')
                {
                    at++;
                }
            }
            else if (Match("<#"))
            {
                var end = text.IndexOf("#>", at, StringComparison.Ordinal);
                at = end < 0 ? throw Error("the end of a block comment") : end + 2;
            }
            else if (c is ' ' or '\t' or '\uFEFF' || (newlines && c is '\r' or '\n') || (semicolons && c == ';'))
            {
                at++;
            }
            else
            {
                return;
            }
        }
    }

    private bool Match(string token)
    {
        if (string.CompareOrdinal(text, at, token, 0, token.Length) != 0)
        {
            return false;
        }

        at += token.Length;
        return true;
    }

    private char Peek() => at < text.Length ? text[at] : '\0';

    private FormatException Error(string expected)
    {
        var line = text.AsSpan(0, Math.Min(at, text.Length)).Count('\n') + 1;
        return new FormatException($"psd1 line {line}: expected {expected}.");
    }
}
