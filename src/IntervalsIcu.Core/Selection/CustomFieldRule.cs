namespace IntervalsIcu.Core.Selection;

/// <summary>Which names that no typed property has -Property takes as custom fields.</summary>
public enum CustomFieldRule
{
    /// <summary>None: the record has no custom fields (calendar events).</summary>
    None,

    /// <summary>The codes the athlete defined, read from the athlete (custom activity fields).</summary>
    Listed,

    /// <summary>
    /// Any name shaped like a custom field code (<c>[A-Z][A-Za-z0-9]+</c>) that is not a typo of a property:
    /// custom wellness fields are not listed anywhere the module reads (api-facts §5.3).
    /// </summary>
    CodeShaped,
}
