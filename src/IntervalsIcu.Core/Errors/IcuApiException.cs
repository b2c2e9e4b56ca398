namespace IntervalsIcu.Core.Errors;

/// <summary>A failure that came from (or on the way to) the server for one request.</summary>
public abstract class IcuApiException : IcuException
{
    protected IcuApiException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure.Describe(), fixHint, innerException)
    {
        Failure = failure;
    }

    /// <summary>The facts the message was built from.</summary>
    public IcuRequestFailure Failure { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? StatusCode => Failure.StatusCode;

    /// <summary>What the server said, parsed from any of its error body shapes.</summary>
    public string? ServerMessage => Failure.ServerMessage;

    public string Method => Failure.Method;

    /// <summary>The path and query of the request; credentials never travel in it.</summary>
    public string RequestPath => Failure.RequestPath;
}
