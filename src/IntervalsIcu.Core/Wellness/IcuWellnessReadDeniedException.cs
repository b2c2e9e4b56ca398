using IntervalsIcu.Core.Auth;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// 403 on reading the days before writing them. For an OAuth token that is a missing WELLNESS:READ
/// scope; for a personal key, which has every scope, it is an athlete the key may not access. Nothing
/// was sent: the locked, FillEmpty and unchanged checks need the server's values.
/// </summary>
public sealed class IcuWellnessReadDeniedException : IcuException
{
    public IcuWellnessReadDeniedException(IcuAccessDeniedException cause, IcuAuthScheme scheme)
        : base(
            WellnessMessages.ReadDenied + " " + cause.Message,
            scheme == IcuAuthScheme.AccessToken ? WellnessMessages.FixReadDenied : WellnessMessages.FixReadDeniedKey,
            cause)
    {
    }

    public override string ErrorId => WellnessErrorIds.ReadDenied;

    public override IcuErrorCategory Category => IcuErrorCategory.PermissionDenied;
}
