namespace IntervalsIcu.Core.Curves;

/// <summary>The best-effort curves' ErrorIds: public contract, scripts match on them.</summary>
public static class CurveErrorIds
{
    public const string CurveUnavailable = "IcuCurveUnavailable";
    public const string InvalidCurveRange = "IcuInvalidCurveRange";
    public const string InvalidCurveId = "IcuInvalidCurveId";
}
