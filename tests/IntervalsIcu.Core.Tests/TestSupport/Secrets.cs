using System.Security;

namespace IntervalsIcu.Core.Tests.TestSupport;

public static class Secrets
{
    public static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
