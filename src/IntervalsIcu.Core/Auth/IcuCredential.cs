using System.Globalization;
using System.Net.Http.Headers;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Auth;

/// <summary>
/// A personal API key or an OAuth access token, held as a read-only SecureString and turned into an
/// Authorization header only when a request is sent. It has no member that returns the secret, and
/// its ToString shows only the scheme and the fingerprint.
/// </summary>
public sealed class IcuCredential : IDisposable
{
    private readonly SecureString secret;
    private IReadOnlySet<string>? echoHashes;

    private IcuCredential(SecureString secret, IcuAuthScheme scheme, string fingerprint)
    {
        this.secret = secret;
        Scheme = scheme;
        Fingerprint = fingerprint;
    }

    public IcuAuthScheme Scheme { get; }

    /// <summary>First 8 hex digits of the secret's SHA-256: tells keys apart without revealing them.</summary>
    public string Fingerprint { get; }

    /// <summary>Checks and cleans a key or token (see <see cref="CredentialIssueKind"/>).</summary>
    public static CheckedInput<IcuCredential> Check(SecureString raw, IcuAuthScheme scheme, List<CredentialIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        using var buffer = SecretBuffer.From(raw);
        return FromBuffer(buffer, scheme, issues ?? []);
    }

    /// <summary>
    /// Checks a PSCredential's parts: the user name should be <c>API_KEY</c> and the key the password.
    /// A swapped pair (key as user name, <c>API_KEY</c> as password) is recognised and fixed.
    /// </summary>
    public static CheckedInput<IcuCredential> CheckUserNameAndPassword(string? userName, SecureString password, List<CredentialIssue>? issues = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        issues ??= [];
        var user = userName?.Trim() ?? string.Empty;
        using var passwordBuffer = SecretBuffer.From(password);
        if (CredentialSanitizer.IsLiteralUserName(passwordBuffer.Span) && user.Length > 0 && user != CredentialSanitizer.BasicUserName)
        {
            issues.Add(new CredentialIssue(CredentialIssueKind.SwappedUserNameAndPassword, false, Messages.IssueSwapped, Messages.FixSwapped));
            using var swapped = SecretBuffer.From(user);
            return FromBuffer(swapped, IcuAuthScheme.ApiKey, issues);
        }

        // The user name might itself be a key typed into the wrong box, so it is never echoed.
        if (user.Length > 0 && user != CredentialSanitizer.BasicUserName)
        {
            issues.Add(new CredentialIssue(CredentialIssueKind.UserNameIgnored, false, Messages.IssueUserNameIgnored, Messages.FixUserNameIgnored));
        }

        return FromBuffer(passwordBuffer, IcuAuthScheme.ApiKey, issues);
    }

    /// <summary>A key from the environment (INTERVALS_ICU_API_KEY); the string is the process's own, not ours to wipe.</summary>
    public static CheckedInput<IcuCredential> CheckPlainText(string raw, IcuAuthScheme scheme, List<CredentialIssue>? issues = null)
    {
        using var buffer = SecretBuffer.From(raw.AsSpan());
        return FromBuffer(buffer, scheme, issues ?? []);
    }

    /// <summary>The same secret presented the other way; used by diagnostics to name a key sent as Bearer.</summary>
    public IcuCredential WithScheme(IcuAuthScheme scheme)
    {
        using var buffer = SecretBuffer.From(secret);
        return new IcuCredential(buffer.ToSecureString(), scheme, Fingerprint);
    }

    /// <summary>Builds the Authorization header at send time. Internal: callers outside Core never see it.</summary>
    internal AuthenticationHeaderValue CreateAuthorizationHeader()
    {
        using var buffer = SecretBuffer.From(secret);
        if (Scheme == IcuAuthScheme.AccessToken)
        {
            return new AuthenticationHeaderValue("Bearer", new string(buffer.Span));
        }

        // Basic base64("API_KEY:" + key), assembled in wiped buffers (api-facts §2.1).
        var prefix = CredentialSanitizer.BasicUserName + ":";
        var bytes = new byte[Encoding.UTF8.GetByteCount(prefix) + Encoding.UTF8.GetByteCount(buffer.Span)];
        try
        {
            var written = Encoding.UTF8.GetBytes(prefix, bytes);
            Encoding.UTF8.GetBytes(buffer.Span, bytes.AsSpan(written));
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The server's text with this secret, in every form it could be echoed in, masked.</summary>
    internal string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        using var buffer = SecretBuffer.From(secret);
        return SecretRedactor.Redact(buffer.Span, text);
    }

    /// <summary>True when a value the server sent is this secret in any of its forms (a response field that echoes it).</summary>
    internal bool IsEchoedIn(string value)
    {
        if (echoHashes is null)
        {
            using var buffer = SecretBuffer.From(secret);
            echoHashes = SecretRedactor.HashesOf(buffer.Span);
        }

        return echoHashes.Contains(SecretRedactor.HashOfValue(value));
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, Messages.CredentialToString, Scheme, Fingerprint);

    public void Dispose() => secret.Dispose();

    private static CheckedInput<IcuCredential> FromBuffer(SecretBuffer buffer, IcuAuthScheme scheme, List<CredentialIssue> issues)
    {
        CredentialSanitizer.Sanitize(buffer, scheme, issues);
        var corrections = issues.Where(i => !i.IsProblem).Select(i => i.Message).ToList();
        var problems = issues.Where(i => i.IsProblem).ToList();
        if (problems.Count > 0)
        {
            var message = string.Join(" ", problems.Select(p => p.Message));
            var fix = string.Join(" ", problems.Select(p => p.Fix).Distinct());
            return CheckedInput<IcuCredential>.Invalid(new IcuInvalidCredentialException(message, fix), corrections);
        }

        var credential = new IcuCredential(buffer.ToSecureString(), scheme, KeyFingerprint.Compute(buffer.Span));
        return CheckedInput<IcuCredential>.Valid(credential, corrections);
    }
}
