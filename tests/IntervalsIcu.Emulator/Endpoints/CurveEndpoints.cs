using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntervalsIcu.Emulator.Auth;
using IntervalsIcu.Emulator.Data;
using IntervalsIcu.Emulator.Responses;
using Microsoft.AspNetCore.Mvc;

namespace IntervalsIcu.Emulator.Endpoints;

/// <summary>
/// Best-effort curves (api-facts §5.2) computed from the demo streams by <see cref="DemoCurves"/>: an
/// athlete's power, pace and heart rate curves for curve ids (<c>1y</c>, <c>84d</c>, <c>s0</c>, <c>all</c>,
/// <c>r.2025-01-01.2025-12-31</c>), and one activity's. The other curve operations (activity-*-curves,
/// power-hr-curve, power-curves of several streams) are answered by the spec fallback.
/// </summary>
internal static partial class CurveEndpoints
{
    /// <summary>Inference: the wording of the 422 for a curve id the server does not understand.</summary>
    public const string InvalidCurveMessage = "Invalid curve";

    public static void Map(IEndpointRouteBuilder api)
    {
        // Curves are made of activity data: ACTIVITY:READ (api-facts §2.4, inference).
        api.MapGet("/athlete/{id}/power-curves", (HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock) => AthleteCurves(context, state, clock, "power"))
            .ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/athlete/{id}/pace-curves", (HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock) => AthleteCurves(context, state, clock, "pace"))
            .ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/athlete/{id}/hr-curves", (HttpContext context, [FromServices] EmulatorState state, [FromServices] TimeProvider clock) => AthleteCurves(context, state, clock, "hr"))
            .ForAthleteInRoute().RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/power-curve", (HttpContext context, [FromServices] EmulatorState state, string id) => ActivityCurve(context, state, id, "power"))
            .RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/pace-curve", (HttpContext context, [FromServices] EmulatorState state, string id) => ActivityCurve(context, state, id, "pace"))
            .RequireScope(OAuthScopes.ActivityRead);
        api.MapGet("/activity/{id}/hr-curve", (HttpContext context, [FromServices] EmulatorState state, string id) => ActivityCurve(context, state, id, "hr"))
            .RequireScope(OAuthScopes.ActivityRead);
    }

    /// <summary>
    /// A <c>DataCurveSet</c>: one curve per id of <c>curves</c> (default <c>1y</c>, the spec's "last year"), each
    /// the best of the athlete's activities of the sport in its range, and the efforts' activities by id.
    /// <c>type</c> is required for power (422 without, as observed) and optional for pace and heart rate.
    /// </summary>
    private static IResult AthleteCurves(HttpContext context, EmulatorState state, TimeProvider clock, string kind)
    {
        var athlete = context.GetTargetAthlete();
        var request = context.Request;
        var sport = QueryParameters.Text(request, "type");
        if (sport is null && kind == "power")
        {
            return DateWindowQuery.MissingParameter("type", "ActivityType");
        }

        var types = sport is null ? null : SportTypes(athlete, sport);
        var today = DateOnly.FromDateTime(athlete.LocalNow(clock));
        if (QueryParameters.Text(request, "newest") is { } newestText && DateOnly.TryParseExact(newestText[..Math.Min(10, newestText.Length)], "yyyy-MM-dd", out var newest))
        {
            today = newest;
        }

        var gradeAdjusted = kind == "pace" && string.Equals(QueryParameters.Text(request, "gap"), "true", StringComparison.OrdinalIgnoreCase);
        var ids = QueryParameters.List(request, "curves");
        var list = new JsonArray();
        var efforts = new JsonObject();
        foreach (var curveId in ids.Length == 0 ? ["1y"] : ids)
        {
            if (Range(curveId, today) is not { } range)
            {
                return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, $"{InvalidCurveMessage} '{curveId}'");
            }

            var activities = state.Activities.List(athlete.Id, range.Oldest.ToDateTime(TimeOnly.MinValue), range.Newest.ToDateTime(TimeOnly.MaxValue))
                .Where(activity => !DemoActivities.IsStravaStub(activity)
                    && (types is null || types.Contains(activity["type"]?.GetValue<string>() ?? string.Empty))
                    && DemoActivityStreams.Has(activity, DemoCurves.StreamOf(kind)))
                .ToList();
            var curve = Curve(kind, curveId, range, activities, gradeAdjusted);
            foreach (var id in (curve["activity_id"] as JsonArray ?? []).Concat(curve["wkg_activity_id"] as JsonArray ?? []).Select(node => node!.GetValue<string>()).Distinct())
            {
                efforts[id] ??= EffortActivity(activities.First(activity => activity["id"]?.GetValue<string>() == id));
            }

            list.Add(curve);
        }

        return JsonNodeResult.Ok(new JsonObject { ["list"] = list, ["activities"] = efforts });
    }

    /// <summary>
    /// One activity's curve. Unknown or unreadable: 404; a Strava stub: 422 with the Strava refusal; no stream
    /// for the curve (a ride without power, a swim's power): 422 with an empty body, as observed for power curves.
    /// </summary>
    private static IResult ActivityCurve(HttpContext context, EmulatorState state, string id, string kind)
    {
        if (ActivityEndpoints.FindReadable(context, state, id) is not { } activity)
        {
            return JsonNodeResult.ApiError(StatusCodes.Status404NotFound, ActivityEndpoints.NotFoundMessage);
        }

        if (DemoActivities.IsStravaStub(activity))
        {
            return JsonNodeResult.ApiError(StatusCodes.Status422UnprocessableEntity, ActivityEndpoints.StravaRefusal);
        }

        if (!DemoActivityStreams.Has(activity, DemoCurves.StreamOf(kind)))
        {
            return Results.StatusCode(StatusCodes.Status422UnprocessableEntity);
        }

        var gradeAdjusted = kind == "pace" && string.Equals(QueryParameters.Text(context.Request, "gap"), "true", StringComparison.OrdinalIgnoreCase);
        var day = DemoFitness.DayOf(activity) ?? DateOnly.MinValue;
        var curve = Curve(kind, id, new CurveRange(day, day, activity["name"]?.GetValue<string>()), [activity], gradeAdjusted);
        curve.Remove("activity_id");
        curve.Remove("wkg_activity_id");
        curve["start_date_local"] = activity["start_date_local"]?.DeepClone();
        if (kind == "pace")
        {
            curve["type"] = gradeAdjusted ? "GAP" : "PACE";
        }

        return JsonNodeResult.Ok(curve);
    }

    private static JsonObject Curve(string kind, string id, CurveRange range, IReadOnlyList<JsonObject> activities, bool gradeAdjusted)
    {
        var best = DemoCurves.Best(activities, kind, gradeAdjusted);
        var weight = activities.Count > 0 ? DemoFitness.Number(activities[^1], "icu_weight") : 0;
        var curve = new JsonObject
        {
            ["id"] = id,
            ["label"] = range.Label,
            ["filters"] = new JsonArray(),
            ["start_date_local"] = DemoCurves.MidnightText(range.Oldest),
            ["end_date_local"] = DemoCurves.MidnightText(range.Newest.AddDays(1)),
            ["days"] = range.Newest.DayNumber - range.Oldest.DayNumber + 1,
            ["moving_time"] = (int)activities.Sum(activity => DemoFitness.Number(activity, "moving_time")),
            ["training_load"] = (int)activities.Sum(activity => DemoFitness.Number(activity, "icu_training_load")),
            ["weight"] = weight > 0 ? weight : null,
        };
        if (kind == "pace")
        {
            curve["distance"] = Numbers(best.Select(effort => (JsonNode?)DemoCurves.Distances[effort.Point]));
        }
        else
        {
            curve["secs"] = Numbers(best.Select(effort => (JsonNode?)DemoCurves.Durations[effort.Point]));
        }

        curve["values"] = Numbers(best.Select(effort => (JsonNode?)effort.Value));
        curve["start_index"] = Numbers(best.Select(effort => (JsonNode?)effort.StartIndex));
        curve["end_index"] = Numbers(best.Select(effort => (JsonNode?)effort.EndIndex));
        curve["activity_id"] = Numbers(best.Select(effort => (JsonNode?)effort.Activity["id"]?.GetValue<string>()));
        if (kind == "power")
        {
            // Not in DataCurve, but the server sends them on power curves (as PowerCurve has them; observed by clients).
            var perKilogram = DemoCurves.Best(activities, kind, gradeAdjusted, perKilogram: true);
            curve["watts_per_kg"] = Numbers(perKilogram.Select(effort => (JsonNode?)Math.Round(effort.Score, 2)));
            curve["wkg_activity_id"] = Numbers(perKilogram.Select(effort => (JsonNode?)effort.Activity["id"]?.GetValue<string>()));
        }

        return curve;
    }

    private static JsonArray Numbers(IEnumerable<JsonNode?> values) => new(values.ToArray());

    /// <summary>The effort's activity as the set's <c>activities</c> map holds it (inference: the summary fields).</summary>
    private static JsonObject EffortActivity(JsonObject activity)
    {
        var summary = new JsonObject();
        foreach (var field in new[] { "id", "icu_athlete_id", "start_date_local", "type", "name", "distance", "moving_time", "icu_weight" })
        {
            summary[field] = activity[field]?.DeepClone();
        }

        return summary;
    }

    /// <summary>The activity types of the athlete's sport settings that list <paramref name="sport"/>, else the sport alone.</summary>
    private static HashSet<string> SportTypes(EmulatedAthlete athlete, string sport) =>
        (SportSettingsWrites.Find(athlete, sport)?["types"] as JsonArray)?.Select(node => node!.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
        ?? new HashSet<string>([sport], StringComparer.Ordinal);

    /// <summary>
    /// The days a curve id covers, ending <paramref name="today"/>: <c>42d</c> the last 42 days, <c>1y</c> the last
    /// year, <c>s0</c> this calendar year and <c>s1</c> the last (inference: seasons as calendar years), <c>all</c>
    /// everything, <c>r.A.B</c> the days A to B. Null for anything else.
    /// </summary>
    private static CurveRange? Range(string id, DateOnly today)
    {
        if (id == "all")
        {
            return new CurveRange(DateOnly.MinValue, today, "All time");
        }

        if (RelativeCurve().Match(id) is { Success: true } relative)
        {
            var count = int.Parse(relative.Groups[1].Value, CultureInfo.InvariantCulture);
            return relative.Groups[2].Value == "d"
                ? new CurveRange(today.AddDays(1 - count), today, $"{count} days")
                : new CurveRange(today.AddYears(-count).AddDays(1), today, count == 1 ? "1 year" : $"{count} years");
        }

        if (SeasonCurve().Match(id) is { Success: true } season)
        {
            var year = today.Year - int.Parse(season.Groups[1].Value, CultureInfo.InvariantCulture);
            return new CurveRange(new DateOnly(year, 1, 1), year == today.Year ? today : new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));
        }

        if (RangeCurve().Match(id) is { Success: true } range
            && DateOnly.TryParseExact(range.Groups[1].Value, "yyyy-MM-dd", out var oldest)
            && DateOnly.TryParseExact(range.Groups[2].Value, "yyyy-MM-dd", out var newest)
            && oldest <= newest)
        {
            return new CurveRange(oldest, newest, $"{range.Groups[1].Value} to {range.Groups[2].Value}");
        }

        return null;
    }

    [GeneratedRegex("^([1-9][0-9]{0,3})(d|y)$")]
    private static partial Regex RelativeCurve();

    [GeneratedRegex("^s([0-9]{1,2})$")]
    private static partial Regex SeasonCurve();

    [GeneratedRegex("^r\\.(\\d{4}-\\d{2}-\\d{2})\\.(\\d{4}-\\d{2}-\\d{2})$")]
    private static partial Regex RangeCurve();
}
