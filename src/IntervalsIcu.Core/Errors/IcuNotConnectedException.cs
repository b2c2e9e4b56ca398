namespace IntervalsIcu.Core.Errors;

/// <summary>A command needs a session and none was given or connected.</summary>
public sealed class IcuNotConnectedException : IcuException
{
    public IcuNotConnectedException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    /// <summary>The session was closed by Disconnect-Icu (perhaps in another runspace that shares it).</summary>
    public static IcuNotConnectedException SessionClosed() => new(Resources.Messages.SessionClosed, Resources.Messages.FixSessionClosed);

    public override string ErrorId => "IcuNotConnected";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidOperation;
}
