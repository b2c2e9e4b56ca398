namespace IntervalsIcu.Core.Errors;

/// <summary>No key or token was given, none is in the environment, and there is nobody to ask.</summary>
public sealed class IcuCredentialMissingException : IcuException
{
    public IcuCredentialMissingException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuCredentialMissing";

    public override IcuErrorCategory Category => IcuErrorCategory.AuthenticationError;
}
