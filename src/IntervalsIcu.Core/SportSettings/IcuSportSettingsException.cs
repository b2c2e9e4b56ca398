using System.Globalization;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Resources;

namespace IntervalsIcu.Core.SportSettings;

/// <summary>Sport settings the athlete does not have: the server's 404 named by the sport asked for.</summary>
public sealed class IcuSportSettingsException : IcuException
{
    private IcuSportSettingsException(string errorId, IcuErrorCategory category, string message, string fixHint, Exception? innerException = null)
        : base(message, fixHint, innerException)
    {
        ErrorId = errorId;
        Category = category;
    }

    public override string ErrorId { get; }

    public override IcuErrorCategory Category { get; }

    public static IcuSportSettingsException NotFound(string sport, string athleteId, Exception? innerException = null) => new(
        SportSettingsErrorIds.SportSettingsNotFound, IcuErrorCategory.ObjectNotFound,
        Format(SportSettingsMessages.SportSettingsNotFound, sport, athleteId), SportSettingsMessages.FixSportSettingsNotFound, innerException);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
