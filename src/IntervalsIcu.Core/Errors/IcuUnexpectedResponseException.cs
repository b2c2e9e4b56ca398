namespace IntervalsIcu.Core.Errors;

/// <summary>The server answered with something the module cannot use: a redirect, an unknown status, or a body that is not the JSON it should be.</summary>
public sealed class IcuUnexpectedResponseException : IcuApiException
{
    public IcuUnexpectedResponseException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuUnexpectedResponse";

    public override IcuErrorCategory Category => IcuErrorCategory.ProtocolError;
}
