namespace IntervalsIcu.Core.Errors;

/// <summary>
/// 403 for another athlete's data: the credential's owner neither is nor coaches that athlete. Carries
/// the diagnosis Test-IcuAuth gives for the same case instead of a bare "Access denied".
/// </summary>
public sealed class IcuAthleteNotCoachedException : IcuException
{
    public IcuAthleteNotCoachedException(string athleteId, string message, string fixHint, IcuAccessDeniedException cause)
        : base(message, fixHint, cause)
    {
        AthleteId = athleteId;
    }

    public string AthleteId { get; }

    public override string ErrorId => "IcuAthleteNotCoached";

    public override IcuErrorCategory Category => IcuErrorCategory.PermissionDenied;
}
