using IntervalsIcu.Core.Model;

namespace IntervalsIcu.Core.Curves;

/// <summary>
/// What to ask of an athlete's curves (GET /athlete/{id}/power-curves, pace-curves, hr-curves): the curve
/// ids (<c>1y</c>, <c>84d</c>, <c>s0</c>, <c>all</c>, <c>r.2025-01-01.2025-12-31</c>; none: the server's
/// default, the last year), the sport (the API's <c>type</c>; none: <see cref="CurveReader.DefaultSport"/>)
/// and, for pace, gradient adjusted pace.
/// </summary>
public sealed record AthleteCurveQuery(IcuCurveType Type, IReadOnlyList<string> Curves, string? Sport, bool GradeAdjusted);
