using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Auth;

/// <summary>
/// Cleans what users paste as a key or token (api-forum-facts §1): surrounding spaces, newlines and
/// quotes; a whole <c>API_KEY:key</c> pair; a whole <c>Basic …</c> or <c>Bearer …</c> header value.
/// It works in place on a <see cref="SecretBuffer"/>, so the secret is never copied into a string.
/// </summary>
internal static class CredentialSanitizer
{
    public const string BasicUserName = "API_KEY";

    private const string BasicPrefix = "Basic ";
    private const string BearerPrefix = "Bearer ";
    private const string PairPrefix = BasicUserName + ":";

    // Typographic quotes arrive from chat apps and word processors; zero-width characters from web pages.
    private const string QuoteCharacters = "\"'`\u2018\u2019\u201C\u201D\u00AB\u00BB";
    private const string InvisibleCharacters = "\u200B\u200C\u200D\u2060\uFEFF";

    public static void Sanitize(SecretBuffer secret, IcuAuthScheme scheme, List<CredentialIssue> issues)
    {
        TrimSurroundings(secret, issues);
        if (StartsWith(secret, BasicPrefix))
        {
            TakeKeyFromBasicHeader(secret, issues);
            TrimSurroundings(secret, issues);
        }
        else if (StartsWith(secret, BearerPrefix))
        {
            secret.Keep(BearerPrefix.Length, secret.Length - BearerPrefix.Length);
            issues.Add(scheme == IcuAuthScheme.ApiKey
                ? Fixed(CredentialIssueKind.PastedBearerHeader, Messages.IssuePastedBearerForKey, Messages.FixPastedBearerForKey)
                : Fixed(CredentialIssueKind.PastedBearerHeader, Messages.IssuePastedBearerForToken, Messages.FixPastedHeader));
            TrimSurroundings(secret, issues);
        }
        else if (StartsWith(secret, PairPrefix))
        {
            secret.Keep(PairPrefix.Length, secret.Length - PairPrefix.Length);
            issues.Add(Fixed(CredentialIssueKind.PastedUserPasswordPair, Messages.IssuePastedPair, Messages.FixPastedPair));
            TrimSurroundings(secret, issues);
        }

        AddShapeProblems(secret.Span, issues);
    }

    /// <summary>True when the text is exactly the Basic user name, i.e. the user typed API_KEY where the key belongs.</summary>
    public static bool IsLiteralUserName(ReadOnlySpan<char> text) => text.Trim().SequenceEqual(BasicUserName);

    private static void TrimSurroundings(SecretBuffer secret, List<CredentialIssue> issues)
    {
        var span = secret.Span;
        int start = 0, end = span.Length;
        bool whitespace = false, newline = false, quotes = false;
        while (start < end && Classify(span[start], ref whitespace, ref newline, ref quotes))
        {
            start++;
        }

        while (end > start && Classify(span[end - 1], ref whitespace, ref newline, ref quotes))
        {
            end--;
        }

        if (start == 0 && end == span.Length)
        {
            return;
        }

        secret.Keep(start, end - start);
        AddOnce(issues, newline, CredentialIssueKind.SurroundingNewline, Messages.IssueSurroundingNewline);
        AddOnce(issues, whitespace, CredentialIssueKind.SurroundingWhitespace, Messages.IssueSurroundingWhitespace);
        AddOnce(issues, quotes, CredentialIssueKind.SurroundingQuotes, Messages.IssueSurroundingQuotes);
    }

    private static bool Classify(char c, ref bool whitespace, ref bool newline, ref bool quotes)
    {
        if (c is '\r' or '\n')
        {
            newline = true;
            return true;
        }

        if (char.IsWhiteSpace(c) || InvisibleCharacters.Contains(c))
        {
            whitespace = true;
            return true;
        }

        if (QuoteCharacters.Contains(c))
        {
            quotes = true;
            return true;
        }

        return false;
    }

    private static void AddOnce(List<CredentialIssue> issues, bool found, CredentialIssueKind kind, string message)
    {
        if (found && !issues.Exists(i => i.Kind == kind))
        {
            issues.Add(Fixed(kind, message, Messages.FixTrimmed));
        }
    }

    private static void TakeKeyFromBasicHeader(SecretBuffer secret, List<CredentialIssue> issues)
    {
        var encoded = secret.Span[BasicPrefix.Length..].Trim();
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(encoded.Length)];
        var utf8 = new byte[encoded.Length];
        try
        {
            for (var i = 0; i < encoded.Length; i++)
            {
                utf8[i] = encoded[i] < 128 ? (byte)encoded[i] : (byte)'?';
            }

            if (Base64.DecodeFromUtf8(utf8, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
            {
                issues.Add(Problem(CredentialIssueKind.MalformedBasicHeader, Messages.IssueMalformedBasicHeader, Messages.FixMalformedBasicHeader));
                return;
            }

            var decoded = bytes.AsSpan(0, written);
            var colon = decoded.IndexOf((byte)':');
            var keyBytes = colon >= 0 ? decoded[(colon + 1)..] : decoded;
            var userIsLiteral = colon >= 0 && decoded[..colon].SequenceEqual(Encoding.ASCII.GetBytes(BasicUserName));

            using var key = new SecretBuffer(Encoding.UTF8.GetCharCount(keyBytes));
            Encoding.UTF8.GetChars(keyBytes, key.Span);
            secret.SetFrom(key.Span);

            issues.Add(Fixed(CredentialIssueKind.PastedBasicHeader, Messages.IssuePastedBasicHeader, Messages.FixPastedHeader));
            if (colon >= 0 && !userIsLiteral)
            {
                issues.Add(Fixed(CredentialIssueKind.UserNameIgnored, Messages.IssueUserNameIgnored, Messages.FixUserNameIgnored));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
            CryptographicOperations.ZeroMemory(utf8);
        }
    }

    private static void AddShapeProblems(ReadOnlySpan<char> key, List<CredentialIssue> issues)
    {
        if (key.IsEmpty)
        {
            issues.Add(Problem(CredentialIssueKind.Empty, Messages.IssueEmpty, Messages.FixEmpty));
            return;
        }

        if (IsLiteralUserName(key))
        {
            issues.Add(Problem(CredentialIssueKind.IsLiteralUserName, Messages.IssueLiteralUserName, Messages.FixLiteralUserName));
        }
        else if (AthleteId.IsWellFormed(key))
        {
            issues.Add(Problem(CredentialIssueKind.LooksLikeAthleteId, Messages.IssueLooksLikeAthleteId, Messages.FixLooksLikeAthleteId));
        }
        else if (key.Contains('@') && key.Contains('.'))
        {
            issues.Add(Problem(CredentialIssueKind.LooksLikeEmailAddress, Messages.IssueLooksLikeEmail, Messages.FixLooksLikeEmail));
        }

        foreach (var c in key)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || InvisibleCharacters.Contains(c))
            {
                issues.Add(Problem(CredentialIssueKind.InnerWhitespace, Messages.IssueInnerWhitespace, Messages.FixInnerWhitespace));
                break;
            }
        }

        // An HTTP header carries ASCII only: such a key could never be sent, whatever the server would say.
        foreach (var c in key)
        {
            if (c > '\u007E' && !char.IsWhiteSpace(c) && !InvisibleCharacters.Contains(c))
            {
                issues.Add(Problem(CredentialIssueKind.NonAscii, Messages.IssueNonAscii, Messages.FixNonAscii));
                break;
            }
        }
    }

    private static bool StartsWith(SecretBuffer secret, string prefix) =>
        secret.Span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static CredentialIssue Fixed(CredentialIssueKind kind, string message, string fix) => new(kind, false, message, fix);

    private static CredentialIssue Problem(CredentialIssueKind kind, string message, string fix) => new(kind, true, message, fix);
}
