namespace IntervalsIcu.Emulator.Auth;

/// <summary>Header reads shared by authorization and recording.</summary>
internal static class RequestHeaders
{
    /// <summary>The first Authorization header, as a servlet's <c>getHeader</c> returns it; null when absent.</summary>
    public static string? FirstAuthorization(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        return values.Count == 0 ? null : values[0];
    }
}
