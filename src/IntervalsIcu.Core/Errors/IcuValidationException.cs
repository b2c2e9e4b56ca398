namespace IntervalsIcu.Core.Errors;

/// <summary>400 or 422: the server refused the request's content or parameters.</summary>
public sealed class IcuValidationException : IcuApiException
{
    public IcuValidationException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuValidationFailed";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
