using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Wellness;

/// <summary>A row that names no wellness field: its columns are all unknown (each shown with the field it probably meant), or no field was given.</summary>
public sealed class IcuWellnessNoFieldException : IcuException
{
    public IcuWellnessNoFieldException(string rowLabel, IReadOnlyList<WellnessUnusedColumn> unused)
        : base(
            unused.Count == 0
                ? string.Format(CultureInfo.InvariantCulture, WellnessMessages.NoField, rowLabel)
                : string.Format(CultureInfo.InvariantCulture, WellnessMessages.NoFieldUnusedColumns, rowLabel, string.Join(", ", unused)),
            WellnessMessages.FixNoField)
    {
        RowLabel = rowLabel;
        Unused = unused;
    }

    public string RowLabel { get; }

    public IReadOnlyList<WellnessUnusedColumn> Unused { get; }

    public override string ErrorId => WellnessErrorIds.NoField;

    public override IcuErrorCategory Category => IcuErrorCategory.InvalidData;
}
