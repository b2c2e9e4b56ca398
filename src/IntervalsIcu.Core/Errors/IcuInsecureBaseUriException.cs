namespace IntervalsIcu.Core.Errors;

/// <summary>Plain http to a host that is not loopback: the key would travel in clear text.</summary>
public sealed class IcuInsecureBaseUriException : IcuException
{
    public IcuInsecureBaseUriException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuInsecureBaseUri";

    public override IcuErrorCategory Category => IcuErrorCategory.SecurityError;
}
