using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Input;

/// <summary>
/// The site root every request is built on. Plain http is allowed only to loopback (the emulator):
/// anywhere else the key would cross the network in clear text.
/// </summary>
public static class IcuBaseUri
{
    public const string CanonicalHost = "intervals.icu";

    public static readonly Uri Default = new("https://" + CanonicalHost + "/");

    private static readonly string[] ApiPaths = ["/api/v1", "/api"];

    public static CheckedInput<Uri> Check(string? raw)
    {
        var corrections = new List<string>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return CheckedInput<Uri>.Valid(Default, corrections);
        }

        var text = raw.Trim();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            // Never echo any of it: whatever else is wrong, the part before '@' may be API_KEY:<key>.
            return Invalid(Messages.BaseUriHasUserInfo, corrections);
        }

        if (text.Length != raw.Length)
        {
            corrections.Add(Messages.BaseUriTrimmed);
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
            corrections.Add(Messages.BaseUriSchemeAdded);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriNotHttp, Describe(text)), corrections);
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Never echo it: the user info may be API_KEY:<key>.
            return Invalid(Messages.BaseUriHasUserInfo, corrections);
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriHasQuery, uri.GetLeftPart(UriPartial.Path)), corrections);
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (ApiPaths.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            corrections.Add(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriApiPathRemoved, path));
        }
        else if (path.Length > 0)
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriHasPath, path), corrections);
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host == "www." + CanonicalHost)
        {
            host = CanonicalHost;
            corrections.Add(Messages.BaseUriWwwRemoved);
        }
        else if (host != CanonicalHost && host.Contains("intervals", StringComparison.Ordinal) && !uri.IsLoopback)
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriLookalikeHost, host), corrections);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            return CheckedInput<Uri>.Invalid(
                new IcuInsecureBaseUriException(
                    string.Format(CultureInfo.InvariantCulture, Messages.BaseUriInsecure, host),
                    host == CanonicalHost ? Messages.FixBaseUriInsecureCanonical : Messages.FixBaseUriInsecure),
                corrections);
        }

        if (host != CanonicalHost && !uri.IsLoopback)
        {
            // The ASCII (punycode) form shows a look-alike letter such as a Cyrillic 'і' for what it is.
            corrections.Add(string.Format(CultureInfo.InvariantCulture, Messages.BaseUriNotCanonical, host));
        }

        var root = new UriBuilder(uri.Scheme, host, uri.IsDefaultPort ? -1 : uri.Port, "/").Uri;
        return CheckedInput<Uri>.Valid(root, corrections);
    }

    /// <summary>True for the real service; false for the emulator, a proxy or a typo that parsed.</summary>
    public static bool IsCanonical(Uri baseUri) => baseUri.IdnHost.Equals(CanonicalHost, StringComparison.OrdinalIgnoreCase);

    private static CheckedInput<Uri> Invalid(string message, List<string> corrections) =>
        CheckedInput<Uri>.Invalid(new IcuInvalidBaseUriException(message, Messages.FixBaseUriInvalid), corrections);

    private static string Describe(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
