using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>-Oldest is after -Newest.</summary>
public sealed class IcuWellnessInvalidDateRangeException : IcuException
{
    public IcuWellnessInvalidDateRangeException(DateOnly oldest, DateOnly newest)
        : base(
            string.Format(CultureInfo.InvariantCulture, WellnessMessages.InvalidDateRange, WellnessDates.Text(oldest), WellnessDates.Text(newest)),
            WellnessMessages.FixInvalidDateRange)
    {
    }

    public override string ErrorId => WellnessErrorIds.InvalidDateRange;

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
