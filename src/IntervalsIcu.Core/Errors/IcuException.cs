namespace IntervalsIcu.Core.Errors;

/// <summary>
/// The root of every failure the module reports. <see cref="ErrorId"/> is public contract (PowerShell
/// scripts match on it); <see cref="FixHint"/> tells the user what to do, in one or two sentences.
/// Nothing in here may carry the API key: messages are built from the request's method and path only.
/// </summary>
public abstract class IcuException : Exception
{
    protected IcuException(string message, string fixHint, Exception? innerException = null)
        : base(message, innerException)
    {
        FixHint = fixHint;
    }

    /// <summary>Stable identifier, e.g. <c>IcuAccessDenied</c>.</summary>
    public abstract string ErrorId { get; }

    public abstract IcuErrorCategory Category { get; }

    public string FixHint { get; }
}
