namespace IntervalsIcu.Core.Requests;

/// <summary>The spec's type of a parameter; arrays are sent comma-joined (api-facts §1).</summary>
public enum IcuParameterType
{
    String,
    Integer,
    Number,
    Boolean,
    Array,

    /// <summary>An item of an array parameter whose items are a schema (an activity filter): sent as JSON text.</summary>
    Object,
}
