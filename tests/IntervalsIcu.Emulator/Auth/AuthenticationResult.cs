namespace IntervalsIcu.Emulator.Auth;

/// <summary>Either the caller a credential resolved to, or the status and message the server answers instead.</summary>
internal sealed record AuthenticationResult(ApiCaller? Caller, int FailureStatusCode, string? FailureMessage)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Success(ApiCaller caller) => new(caller, 0, null);

    public static AuthenticationResult Failure(int statusCode, string message) => new(null, statusCode, message);
}
