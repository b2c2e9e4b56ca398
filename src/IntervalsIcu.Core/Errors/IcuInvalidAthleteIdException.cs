namespace IntervalsIcu.Core.Errors;

/// <summary>An athlete id that is neither 0 nor i12345 (nor all digits).</summary>
public sealed class IcuInvalidAthleteIdException : IcuException
{
    public IcuInvalidAthleteIdException(string message, string fixHint)
        : base(message, fixHint)
    {
    }

    public override string ErrorId => "IcuInvalidAthleteId";

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
