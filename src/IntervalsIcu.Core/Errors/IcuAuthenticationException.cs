namespace IntervalsIcu.Core.Errors;

/// <summary>401: the server found no usable credential in the request.</summary>
public sealed class IcuAuthenticationException : IcuApiException
{
    public IcuAuthenticationException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuAuthenticationFailed";

    public override IcuErrorCategory Category => IcuErrorCategory.AuthenticationError;
}
