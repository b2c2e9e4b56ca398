using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Input;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Sessions;

/// <summary>
/// Turns a 403 on another athlete's data into Test-IcuAuth's diagnosis (the same messages): the id is
/// missing its leading i, or the key's owner does not coach that athlete. Works without a request,
/// from what the session already knows about the key's own athlete.
/// </summary>
public static class AthleteAccess
{
    public static IcuException Explain(IcuSession session, string? athleteId, IcuException error)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(error);
        var denied = error as IcuAccessDeniedException ?? error.InnerException as IcuAccessDeniedException;
        var own = session.KeyAthleteId ?? session.AthleteId;
        if (denied is null || string.IsNullOrWhiteSpace(athleteId) || athleteId == AthleteId.Self || athleteId == own || own == AthleteId.Self)
        {
            return error;
        }

        return AthleteId.IsAllDigits(athleteId) && own == "i" + athleteId
            ? new IcuAthleteNotCoachedException(
                athleteId, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteMissingI, own, athleteId), string.Format(CultureInfo.InvariantCulture, Messages.FixAthleteMissingI, own), denied)
            : new IcuAthleteNotCoachedException(
                athleteId, string.Format(CultureInfo.InvariantCulture, Messages.CheckAthleteNotKeys, own, athleteId, denied.StatusCode), string.Format(CultureInfo.InvariantCulture, Messages.FixAthleteNotKeys, own), denied);
    }
}
