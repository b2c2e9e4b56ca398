using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// 403 on reading the days before writing them, e.g. an OAuth token with WELLNESS:WRITE but not
/// WELLNESS:READ. Nothing was sent: the locked, FillEmpty and unchanged checks need the server's values.
/// </summary>
public sealed class IcuWellnessReadDeniedException : IcuException
{
    public IcuWellnessReadDeniedException(IcuAccessDeniedException cause)
        : base(WellnessMessages.ReadDenied + " " + cause.Message, WellnessMessages.FixReadDenied, cause)
    {
    }

    public override string ErrorId => WellnessErrorIds.ReadDenied;

    public override IcuErrorCategory Category => IcuErrorCategory.PermissionDenied;
}
