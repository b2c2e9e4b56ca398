namespace IntervalsIcu.Core.Errors;

/// <summary>403: a credential arrived but is not accepted for this request (wrong user name, key as Bearer, unknown key, athlete not yours).</summary>
public sealed class IcuAccessDeniedException : IcuApiException
{
    public IcuAccessDeniedException(IcuRequestFailure failure, string fixHint, Exception? innerException = null)
        : base(failure, fixHint, innerException)
    {
    }

    public override string ErrorId => "IcuAccessDenied";

    public override IcuErrorCategory Category => IcuErrorCategory.PermissionDenied;
}
