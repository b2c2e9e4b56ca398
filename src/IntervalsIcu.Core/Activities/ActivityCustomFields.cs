using System.Globalization;
using System.Text.Json;
using IntervalsIcu.Core.Athletes;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Resources;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Activities;

/// <summary>
/// The codes of the athlete's custom activity fields (custom_items of type ACTIVITY_FIELD, code in
/// their content). Export-Csv takes its columns from the first object, so every activity must carry
/// every custom field, null where unset, for the column to exist at all.
/// </summary>
public static class ActivityCustomFields
{
    /// <summary>
    /// The codes, read once per session (Connect-Icu's read of the athlete already has them; a field added
    /// later shows after Connect-Icu again), or none when the athlete cannot be read (e.g. a token without
    /// SETTINGS:READ): the listing goes on without.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReadCodesAsync(IcuSession session, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(log);
        if (session.ActivityCustomFieldCodes is { } known)
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogCustomFields, known.Count == 0 ? "-" : string.Join(", ", known)));
            return known;
        }

        try
        {
            var athlete = await AthleteReader.GetAsync(session, session.AthleteId, log, cancellationToken).ConfigureAwait(false);
            var codes = CodesOf(athlete.CustomItems ?? Enumerable.Empty<IcuCustomItem>());
            session.ActivityCustomFieldCodes = codes;
            log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogCustomFields, codes.Count == 0 ? "-" : string.Join(", ", codes)));
            return codes;
        }
        catch (IcuApiException exception)
        {
            log.Verbose(string.Format(CultureInfo.InvariantCulture, ActivityMessages.LogCustomFieldsUnreadable, exception.Message));
            return [];
        }
    }

    public static IReadOnlyList<string> CodesOf(IEnumerable<IcuCustomItem> items) =>
        items
            .Where(item => string.Equals(item.Type, IcuCustomItemTypeValues.ActivityField, StringComparison.Ordinal))
            .Select(item => item.Content is { ValueKind: JsonValueKind.Object } content && content.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null)
            .OfType<string>()
            .Where(code => code.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
