namespace IntervalsIcu.Core.Errors;

/// <summary>429 after the retries ran out: the client sent too many requests for too long.</summary>
public sealed class IcuRateLimitedException : IcuApiException
{
    public IcuRateLimitedException(IcuRequestFailure failure, string fixHint, TimeSpan? retryAfter)
        : base(failure, fixHint)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The wait the server asked for, when it sent Retry-After.</summary>
    public TimeSpan? RetryAfter { get; }

    public override string ErrorId => "IcuRateLimited";

    public override IcuErrorCategory Category => IcuErrorCategory.LimitsExceeded;
}
