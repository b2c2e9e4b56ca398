using System.Security.Cryptography;
using System.Text;

namespace IntervalsIcu.Core.Auth;

/// <summary>
/// A short, non-reversible name for a secret: the first 8 hex digits of its SHA-256, so two keys can
/// be told apart (which one is in this session, which one the scheduled job uses) without showing either.
/// </summary>
public static class KeyFingerprint
{
    public const int Length = 8;

    internal static string Compute(ReadOnlySpan<char> secret)
    {
        var byteCount = Encoding.UTF8.GetByteCount(secret);
        var bytes = new byte[byteCount];
        try
        {
            Encoding.UTF8.GetBytes(secret, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes, hash);
            return Convert.ToHexString(hash[..(Length / 2)]).ToLowerInvariant();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
