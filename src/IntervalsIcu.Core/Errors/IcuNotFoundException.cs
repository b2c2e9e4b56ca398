namespace IntervalsIcu.Core.Errors;

/// <summary>404 or 405: the path or the object does not exist.</summary>
public sealed class IcuNotFoundException : IcuApiException
{
    public IcuNotFoundException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuNotFound";

    public override IcuErrorCategory Category => IcuErrorCategory.ObjectNotFound;
}
