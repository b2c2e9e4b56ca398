namespace IntervalsIcu.Core.Errors;

/// <summary>A command needs a session and none was given or connected.</summary>
public sealed class IcuNotConnectedException : IcuException
{
    public IcuNotConnectedException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuNotConnected";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidOperation;
}
