namespace IntervalsIcu.Core.Errors;

/// <summary>A base URI that cannot be the Intervals.icu site root.</summary>
public sealed class IcuInvalidBaseUriException : IcuException
{
    public IcuInvalidBaseUriException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuInvalidBaseUri";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
