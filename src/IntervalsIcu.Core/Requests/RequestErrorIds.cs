namespace IntervalsIcu.Core.Requests;

/// <summary>The ErrorIds of Invoke-IcuRequest's checks before sending; public contract, like every ErrorId.</summary>
public static class RequestErrorIds
{
    public const string UnknownOperation = "IcuUnknownOperation";
    public const string UnknownRequestPath = "IcuUnknownRequestPath";
    public const string ParameterMissing = "IcuRequestParameterMissing";
    public const string ParameterInvalid = "IcuRequestParameterInvalid";
    public const string BodyInvalid = "IcuRequestBodyInvalid";
    public const string BodyMissing = "IcuRequestBodyMissing";
    public const string BodyNotAccepted = "IcuRequestBodyNotAccepted";
    public const string InFileNotFound = "IcuRequestInFileNotFound";
    public const string OutFileRequired = "IcuRequestOutFileRequired";
}
