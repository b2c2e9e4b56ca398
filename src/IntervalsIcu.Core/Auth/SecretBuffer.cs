using System.Runtime.InteropServices;
using System.Security;

namespace IntervalsIcu.Core.Auth;

/// <summary>
/// A secret's characters in a managed array that is zeroed on dispose, so plain text lives only for
/// the moment it is needed (sanitising, hashing, building a header) and never as an interned string.
/// </summary>
internal sealed class SecretBuffer : IDisposable
{
    private char[] chars;

    public SecretBuffer(int length)
    {
        chars = new char[length];
        Length = length;
    }

    public int Length { get; private set; }

    public Span<char> Span => chars.AsSpan(0, Length);

    public static SecretBuffer From(SecureString secret)
    {
        var buffer = new SecretBuffer(secret.Length);
        var pointer = IntPtr.Zero;
        try
        {
            pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            Marshal.Copy(pointer, buffer.chars, 0, secret.Length);
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        return buffer;
    }

    public static SecretBuffer From(ReadOnlySpan<char> text)
    {
        var buffer = new SecretBuffer(text.Length);
        text.CopyTo(buffer.chars);
        return buffer;
    }

    /// <summary>Keeps only the given slice; the rest is wiped.</summary>
    public void Keep(int start, int length)
    {
        chars.AsSpan(start, length).CopyTo(chars);
        chars.AsSpan(length).Clear();
        Length = length;
    }

    /// <summary>Replaces the content; the new text is never longer than what the buffer was made for.</summary>
    public void SetFrom(ReadOnlySpan<char> text)
    {
        if (text.Length > chars.Length)
        {
            throw new ArgumentException("The replacement is longer than the buffer.", nameof(text));
        }

        Array.Clear(chars);
        text.CopyTo(chars);
        Length = text.Length;
    }

    public SecureString ToSecureString()
    {
        var secure = new SecureString();
        foreach (var c in Span)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    public void Dispose()
    {
        Array.Clear(chars);
        chars = [];
        Length = 0;
    }
}
