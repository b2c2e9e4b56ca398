using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Tests.TestSupport;

/// <summary>Shorthands for making settings and sessions against an emulator.</summary>
public static class Connect
{
    public static IcuConnectionSettings WithKey(Uri baseUri, string key, string? athleteId = null) =>
        IcuConnectionSettings.Check(IcuCredentialInput.FromApiKey(Secrets.Secure(key)), athleteId, baseUri.ToString());

    public static IcuConnectionSettings WithToken(Uri baseUri, string token, string? athleteId = null) =>
        IcuConnectionSettings.Check(IcuCredentialInput.FromAccessToken(Secrets.Secure(token)), athleteId, baseUri.ToString());

    public static Task<IcuSession> SessionAsync(IcuConnectionSettings settings, CapturingLog? log = null, IcuClientOptions? options = null) =>
        IcuConnector.ConnectAsync(settings, skipValidation: false, options ?? TestOptions.Fast, log ?? new CapturingLog(), CancellationToken.None);
}
