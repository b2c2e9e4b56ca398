using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A row that failed validation: its message names the date, each bad field and its value. Nothing of the row was sent.</summary>
public sealed class IcuWellnessInvalidValueException : IcuException
{
    public IcuWellnessInvalidValueException(string rowLabel, IReadOnlyList<WellnessIssue> issues)
        : base(rowLabel + ": " + string.Join("; ", issues.Select(issue => issue.Message)), WellnessMessages.FixInvalidValue)
    {
        RowLabel = rowLabel;
        Issues = issues;
    }

    /// <summary>The date, or "Row 12" when the date itself is the problem.</summary>
    public string RowLabel { get; }

    public IReadOnlyList<WellnessIssue> Issues { get; }

    public override string ErrorId => WellnessErrorIds.InvalidValue;

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidData;
}
