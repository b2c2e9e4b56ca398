using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.Curves;

/// <summary>A curve the module cannot give: an activity without the data for it, or a range that ends before it starts.</summary>
public sealed class IcuCurveException : IcuException
{
    private IcuCurveException(string errorId, IcuErrorCategory category, string message, string fixHint, Exception? innerException = null)
        : base(message, fixHint, innerException)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }

    /// <summary>The server's 422 for an activity without the stream the curve needs (empty body, or the Strava refusal).</summary>
    public static IcuCurveException Unavailable(string activityId, IcuCurveType type, string? serverMessage, Exception? innerException = null) => new(
        CurveErrorIds.CurveUnavailable, IcuErrorCategory.ResourceUnavailable,
        Format(CurveMessages.CurveUnavailable, activityId, Describe(type), string.IsNullOrWhiteSpace(serverMessage) ? string.Empty : ": " + serverMessage),
        Format(CurveMessages.FixCurveUnavailable, activityId), innerException);

    public static IcuCurveException InvertedRange(DateOnly oldest, DateOnly newest) => new(
        CurveErrorIds.InvalidCurveRange, IcuErrorCategory.InvalidArgument,
        Format(CurveMessages.RangeInverted, oldest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        CurveMessages.FixRangeInverted);

    public static IcuCurveException NumericCurveId(string curve) => new(
        CurveErrorIds.InvalidCurveId, IcuErrorCategory.InvalidArgument, Format(CurveMessages.NumericCurveId, curve), CurveMessages.FixNumericCurveId);

    private static string Describe(IcuCurveType type) => type switch
    {
        IcuCurveType.HeartRate => "heart rate",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
