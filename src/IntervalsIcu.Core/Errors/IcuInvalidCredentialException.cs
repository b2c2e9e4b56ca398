namespace IntervalsIcu.Core.Errors;

/// <summary>A credential that cannot be right whatever the server says (an athlete id, an e-mail, the literal API_KEY, a key with spaces inside).</summary>
public sealed class IcuInvalidCredentialException : IcuException
{
    public IcuInvalidCredentialException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuInvalidCredential";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
