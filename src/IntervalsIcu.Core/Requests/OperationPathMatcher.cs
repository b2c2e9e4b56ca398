using System.Text;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Requests;

/// <summary>
/// Finds the operation a method and path name, as Spring would route them: a path written as the spec
/// writes it (<c>/athlete/{id}/wellness</c>) or with values (<c>/athlete/0/wellness.csv</c>). The most
/// literal template wins, so <c>wellness-bulk</c> is not read as <c>wellness{ext}</c>.
/// </summary>
internal static class OperationPathMatcher
{
    private const string ApiPrefix = "/api/v1";

    private static readonly List<(IcuOperation Operation, Regex Pattern, int Literals)> Templates =
        IcuOperationTable.All
            .Select(operation => (operation, ToRegex(operation.PathTemplate), LiteralLength(operation.PathTemplate)))
            .OrderByDescending(t => t.Item3)
            .ToList();

    /// <summary>The path relative to /api/v1, without a query, a leading /api/v1 or a trailing slash.</summary>
    public static string Normalize(string path)
    {
        var text = path.Trim();
        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            text = text[..query];
        }

        if (text.StartsWith(ApiPrefix + "/", StringComparison.Ordinal))
        {
            text = text[ApiPrefix.Length..];
        }

        text = "/" + text.Trim('/');
        return text;
    }

    /// <summary>The operation and the values the path gives its parameters (a <c>{name}</c> placeholder gives none).</summary>
    public static (IcuOperation Operation, Dictionary<string, string> Values) Match(string method, string path)
    {
        var normalized = Normalize(path);
        var atPath = new List<IcuOperation>();
        foreach (var (operation, pattern, _) in Templates)
        {
            var match = pattern.Match(normalized);
            if (!match.Success)
            {
                continue;
            }

            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                atPath.Add(operation);
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var parameter in operation.PathParameters)
            {
                var group = match.Groups[parameter.Name];
                if (group.Success && !IsPlaceholder(group.Value))
                {
                    values[parameter.Name] = Uri.UnescapeDataString(group.Value);
                }
            }

            return (operation, values);
        }

        if (atPath.Count > 0)
        {
            throw IcuRequestException.MethodNotAllowed(method.ToUpperInvariant(), normalized, atPath);
        }

        var closest = IcuOperationTable.Closest(normalized, IcuOperationTable.All.Select(o => o.PathTemplate).Distinct())
            .Select(template => string.Join(" ", IcuOperationTable.All.Where(o => o.PathTemplate == template).Select(o => o.Method)) + " " + template);
        throw IcuRequestException.UnknownPath(method.ToUpperInvariant(), normalized, closest);
    }

    private static bool IsPlaceholder(string value) => value.Length > 2 && value[0] == '{' && value[^1] == '}';

    private static Regex ToRegex(string template)
    {
        var pattern = new StringBuilder("^");
        var position = 0;
        foreach (Match parameter in Regex.Matches(template, @"\{(?<name>[^}]+)\}"))
        {
            pattern.Append(Regex.Escape(template[position..parameter.Index]));
            var name = parameter.Groups["name"].Value;
            var wholeSegment = parameter.Index > 0 && template[parameter.Index - 1] == '/';
            // A suffix glued to a literal may be empty (the JSON form); a whole segment may not.
            pattern.Append("(?<").Append(name).Append(wholeSegment ? ">[^/]+)" : ">[^/]*)");
            position = parameter.Index + parameter.Length;
        }

        pattern.Append(Regex.Escape(template[position..])).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    private static int LiteralLength(string template) => Regex.Replace(template, @"\{[^}]+\}", string.Empty).Length;
}
