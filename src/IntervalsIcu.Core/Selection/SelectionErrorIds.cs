namespace IntervalsIcu.Core.Selection;

/// <summary>The ErrorIds of -Property: public contract, scripts match on them.</summary>
public static class SelectionErrorIds
{
    /// <summary>A -Property name (or wildcard) that names no property of the output; nothing was requested.</summary>
    public const string UnknownProperty = "IcuUnknownProperty";
}
