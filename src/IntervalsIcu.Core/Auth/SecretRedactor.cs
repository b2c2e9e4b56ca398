using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace IntervalsIcu.Core.Auth;

/// <summary>
/// Takes a session's secret out of what a server says. A hostile or broken server (or a proxy) may
/// echo the Authorization header back in an error body: the key itself, <c>API_KEY:key</c>, the
/// base64 of either, a URL-escaped key, or any <c>Bearer</c>/<c>Basic</c> value. Server text is
/// redacted before it is stored in an exception, a result or a check.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(ReadOnlySpan<char> secret, string text)
    {
        var redacted = text;
        foreach (var form in FormsOf(secret))
        {
            redacted = redacted.Replace(form, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return AuthorizationValue().Replace(redacted, "$1 " + Mask);
    }

    /// <summary>
    /// SHA-256 hashes of every form of the secret, so a response value can be compared with them cheaply
    /// (one hash per string field) without keeping the forms themselves in memory.
    /// </summary>
    public static IReadOnlySet<string> HashesOf(ReadOnlySpan<char> secret) =>
        FormsOf(secret).Select(HashOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>The hash to look up for a value: trimmed, without a Bearer/Basic prefix.</summary>
    public static string HashOfValue(string value)
    {
        var text = value.Trim();
        foreach (var prefix in new[] { "Bearer ", "Basic " })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].Trim();
            }
        }

        return HashOf(text);
    }

    private static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Strings of the secret exist only for this comparison, on the rare path of an error or an echo.
    private static IEnumerable<string> FormsOf(ReadOnlySpan<char> secret)
    {
        if (secret.IsEmpty)
        {
            return [];
        }

        var key = new string(secret);
        var pair = CredentialSanitizer.BasicUserName + ":" + key;
        var forms = new HashSet<string>(StringComparer.Ordinal)
        {
            pair,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)).TrimEnd('='),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(key)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('='),
            Uri.EscapeDataString(key),
            key,
        };

        // Longest first, so the pair is masked whole before the key inside it.
        return forms.Where(form => form.Length > 0).OrderByDescending(form => form.Length).ToList();
    }

    [GeneratedRegex(@"\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationValue();
}
