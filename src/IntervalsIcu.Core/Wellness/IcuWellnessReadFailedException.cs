using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>
/// A row that was not sent because the server's current values for its dates could not be read: without
/// them the locked, FillEmpty and unchanged checks cannot be made, and writing blind is not safe.
/// </summary>
public sealed class IcuWellnessReadFailedException : IcuException
{
    public IcuWellnessReadFailedException(string date, string window, IcuException cause)
        : base(
            string.Format(CultureInfo.InvariantCulture, WellnessMessages.ReadFailed, date, window, cause.Message),
            cause.FixHint + " " + WellnessMessages.FixRunAgain,
            cause)
    {
        Date = date;
        Cause = cause;
    }

    public string Date { get; }

    public IcuException Cause { get; }

    public override string ErrorId => WellnessErrorIds.ReadFailed;

    public override IcuErrorCategory Category => Cause.Category;
}
