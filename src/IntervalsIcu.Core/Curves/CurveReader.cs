using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IntervalsIcu.Core.Activities;
using IntervalsIcu.Core.Errors;
using IntervalsIcu.Core.Http;
using IntervalsIcu.Core.Json;
using IntervalsIcu.Core.Logging;
using IntervalsIcu.Core.Model;
using IntervalsIcu.Core.Sessions;

namespace IntervalsIcu.Core.Curves;

/// <summary>
/// Reads best-effort curves for Get-IcuCurve and flattens them into <see cref="IcuCurvePoint"/> rows: an
/// athlete's curves over ranges (a <c>DataCurveSet</c>: parallel arrays per curve, and the efforts'
/// activities by id) and one activity's curve (<c>PowerCurve</c>, <c>PaceCurve</c>, <c>HRCurve</c>).
/// </summary>
public static class CurveReader
{
    /// <summary>
    /// The sport sent when none is given: the server requires one for power curves (422 without, api-facts §3),
    /// so power defaults to Ride and pace to Run; heart rate curves are asked for without, the server's choice.
    /// </summary>
    public static string? DefaultSport(IcuCurveType type) => type switch
    {
        IcuCurveType.Power => "Ride",
        IcuCurveType.Pace => "Run",
        _ => null,
    };

    /// <summary>The API's curve id of a date range, <c>r.2025-01-01.2025-12-31</c> (both days included).</summary>
    public static string RangeCurve(DateOnly oldest, DateOnly newest)
    {
        if (oldest > newest)
        {
            throw IcuCurveException.InvertedRange(oldest, newest);
        }

        return string.Create(CultureInfo.InvariantCulture, $"r.{oldest:yyyy-MM-dd}.{newest:yyyy-MM-dd}");
    }

    /// <summary>
    /// Refuses a curve id that is only digits: PowerShell reads an unquoted <c>42d</c> as the decimal 42 and
    /// <c>1y</c> as the sbyte 1, so "42" reaching here is a lost suffix, not a curve. Other ids go to the server,
    /// which knows its own forms.
    /// </summary>
    public static void CheckCurveIds(IEnumerable<string> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        foreach (var curve in curves.Where(curve => curve.Length > 0 && curve.All(char.IsAsciiDigit)))
        {
            throw IcuCurveException.NumericCurveId(curve);
        }
    }

    /// <summary>The session athlete's curves: one row per point of each curve asked for, in the server's order.</summary>
    public static async IAsyncEnumerable<IcuCurvePoint> ReadAthleteAsync(
        IcuSession session, AthleteCurveQuery query, IIcuLog log, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(query);
        CheckCurveIds(query.Curves);
        var sport = query.Sport ?? DefaultSport(query.Type);
        var parameters = new List<(string Name, string Value)>();
        if (sport is not null)
        {
            parameters.Add(("type", sport));
        }

        if (query.Curves.Count > 0)
        {
            parameters.Add(("curves", string.Join(',', query.Curves)));
        }

        if (query.Type == IcuCurveType.Pace && query.GradeAdjusted)
        {
            parameters.Add(("gap", "true"));
        }

        var request = IcuRequest.Get(IcuRequest.ApiPath("athlete", session.AthleteId, AthletePath(query.Type)), [.. parameters]);
        var set = await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuDataCurveSet, log, cancellationToken).ConfigureAwait(false);
        var dates = ActivityDates(set.Activities);
        foreach (var curve in (IEnumerable<IcuDataCurve>?)set.List ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extra = curve.GetCustomFields();
            var arrays = new CurveArrays(curve.Secs, curve.Distance, curve.Values, curve.ActivityId, Doubles(extra, "watts_per_kg"), Strings(extra, "wkg_activity_id"));
            var template = Template(query.Type, curve.Id ?? string.Empty, curve.Label, sport, query.GradeAdjusted, session.AthleteId);
            foreach (var point in arrays.ToPoints(template, id => dates.TryGetValue(id, out var date) ? date : null))
            {
                yield return point;
            }
        }
    }

    /// <summary>
    /// One activity's curve. An unknown id is <see cref="ActivityErrorIds.ActivityNotFound"/>; an activity
    /// without the data (no power meter, a Strava stub) is <see cref="CurveErrorIds.CurveUnavailable"/>.
    /// </summary>
    public static async Task<IReadOnlyList<IcuCurvePoint>> ReadActivityAsync(
        IcuSession session, IcuCurveType type, string activityId, bool gradeAdjusted, IIcuLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = ActivityIds.Check(activityId);
        var path = IcuRequest.ApiPath("activity", id, ActivityPath(type));
        var request = type == IcuCurveType.Pace && gradeAdjusted ? IcuRequest.Get(path, ("gap", "true")) : IcuRequest.Get(path);
        try
        {
            var (arrays, label, start) = type switch
            {
                IcuCurveType.Power => FromPower(await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuPowerCurve, log, cancellationToken).ConfigureAwait(false)),
                IcuCurveType.Pace => FromPace(await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuPaceCurve, log, cancellationToken).ConfigureAwait(false)),
                _ => FromHeartRate(await session.Client.GetJsonAsync(request, IcuModelJsonContext.Default.IcuHRCurve, log, cancellationToken).ConfigureAwait(false)),
            };
            var template = Template(type, id, label, null, gradeAdjusted, session.AthleteId) with { ActivityId = id, Date = start?.Date };
            return arrays.ToPoints(template, _ => null).ToList();
        }
        catch (IcuNotFoundException)
        {
            throw IcuActivityException.NotFound(id);
        }
        catch (IcuValidationException refused)
        {
            throw IcuCurveException.Unavailable(id, type, refused.ServerMessage, refused);
        }
    }

    private static IcuCurvePoint Template(IcuCurveType type, string curve, string? label, string? sport, bool gradeAdjusted, string athleteId) => new()
    {
        Type = type,
        Curve = curve,
        Label = label,
        Sport = sport,
        Unit = type switch { IcuCurveType.Power => "W", IcuCurveType.Pace => "s/km", _ => "bpm" },
        GradeAdjusted = type == IcuCurveType.Pace && gradeAdjusted,
        AthleteId = athleteId,
    };

    private static string AthletePath(IcuCurveType type) => type switch
    {
        IcuCurveType.Power => "power-curves",
        IcuCurveType.Pace => "pace-curves",
        _ => "hr-curves",
    };

    private static string ActivityPath(IcuCurveType type) => type switch
    {
        IcuCurveType.Power => "power-curve",
        IcuCurveType.Pace => "pace-curve",
        _ => "hr-curve",
    };

    /// <summary>The spec has both <c>values</c> and <c>watts</c> on a power curve; whichever the server fills is read.</summary>
    private static (CurveArrays Arrays, string? Label, DateTime? Start) FromPower(IcuPowerCurve curve) =>
        (new CurveArrays(curve.Secs, null, curve.Values ?? curve.Watts, curve.ActivityId, curve.WattsPerKg, curve.WkgActivityId), curve.Label, curve.StartDateLocal);

    private static (CurveArrays Arrays, string? Label, DateTime? Start) FromPace(IcuPaceCurve curve) =>
        (new CurveArrays(null, curve.Distance, curve.Values, curve.ActivityId, null, null), curve.Label, curve.StartDateLocal);

    private static (CurveArrays Arrays, string? Label, DateTime? Start) FromHeartRate(IcuHRCurve curve) =>
        (new CurveArrays(curve.Secs, null, curve.Values, curve.ActivityId, null, null), curve.Label, curve.StartDateLocal);

    /// <summary>The local date of each effort's activity, from the set's <c>activities</c> map (id → Activity).</summary>
    private static Dictionary<string, DateTime> ActivityDates(JsonElement? activities)
    {
        var dates = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        if (activities is not { ValueKind: JsonValueKind.Object } map)
        {
            return dates;
        }

        foreach (var activity in map.EnumerateObject())
        {
            if (activity.Value.ValueKind == JsonValueKind.Object
                && activity.Value.TryGetProperty("start_date_local", out var start)
                && start.ValueKind == JsonValueKind.String
                && start.GetString() is { Length: >= 10 } text
                && DateTime.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates[activity.Name] = date;
            }
        }

        return dates;
    }

    /// <summary>A numeric array the spec does not list on <c>DataCurve</c> but the server sends on power curves (watts_per_kg).</summary>
    private static List<double>? Doubles(IReadOnlyDictionary<string, JsonElement> extra, string name) =>
        extra.TryGetValue(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Number ? item.GetDouble() : double.NaN).ToList()
            : null;

    private static List<string?>? Strings(IReadOnlyDictionary<string, JsonElement> extra, string name) =>
        extra.TryGetValue(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : null).ToList()
            : null;
}
