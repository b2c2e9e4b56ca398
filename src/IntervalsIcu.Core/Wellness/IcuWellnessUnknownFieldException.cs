using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A name in -Clear that is no wellness field, or a field that cannot be cleared (only numbers can, with -1).</summary>
public sealed class IcuWellnessUnknownFieldException : IcuException
{
    public IcuWellnessUnknownFieldException(string name, IEnumerable<string> clearable)
        : base(
            string.Format(CultureInfo.InvariantCulture, WellnessMessages.UnknownField, name),
            string.Format(CultureInfo.InvariantCulture, WellnessMessages.FixUnknownField, string.Join(", ", clearable)))
    {
        Name = name;
    }

    public string Name { get; }

    public override string ErrorId => WellnessErrorIds.UnknownField;

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidArgument;
}
