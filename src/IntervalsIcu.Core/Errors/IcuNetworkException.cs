namespace IntervalsIcu.Core.Errors;

/// <summary>No usable HTTP answer: the host was not found, refused, TLS failed, a proxy blocked, or time ran out.</summary>
public sealed class IcuNetworkException : IcuApiException
{
    public IcuNetworkException(IcuRequestFailure failure, IcuNetworkFailure kind, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
        Kind = kind;
    }

    public IcuNetworkFailure Kind { get; }

    public override string ErrorId => Kind == IcuNetworkFailure.Tls ? "IcuTlsFailure" : "IcuNetworkError";

    public override IcuErrorCategory Category => Kind switch
    {
        IcuNetworkFailure.Timeout => IcuErrorCategory.OperationTimeout,
        IcuNetworkFailure.Tls => IcuErrorCategory.SecurityError,
        _ => IcuErrorCategory.ConnectionError,
    };
}
