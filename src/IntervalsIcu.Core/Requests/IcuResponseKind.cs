namespace IntervalsIcu.Core.Requests;

/// <summary>What an operation answers, as far as the spec says (the answer's Content-Type decides at run time).</summary>
public enum IcuResponseKind
{
    /// <summary>A JSON document (CSV text instead when a <c>{ext}</c> suffix asks for <c>.csv</c>).</summary>
    Json,

    /// <summary>Text the spec gives no schema for, such as CSV.</summary>
    Text,

    /// <summary>A file (FIT, GPX, ZWO, a zip): written to -OutFile.</summary>
    Binary,

    /// <summary>No body the spec describes.</summary>
    None,
}
