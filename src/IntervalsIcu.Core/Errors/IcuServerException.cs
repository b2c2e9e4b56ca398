namespace IntervalsIcu.Core.Errors;

/// <summary>5xx: the server failed, or stayed unavailable after the retries.</summary>
public sealed class IcuServerException : IcuApiException
{
    public IcuServerException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuServerError";

    public override IcuErrorCategory Category => IcuErrorCategory.ResourceUnavailable;
}
