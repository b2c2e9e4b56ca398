namespace IntervalsIcu.Core.Wellness;

/// <summary>How given values meet the server's.</summary>
public enum WellnessWriteMode
{
    /// <summary>Every given field overwrites the server's value; fields not given are left alone.</summary>
    Merge,

    /// <summary>Only fields that are empty on the server are written; whatever is there already stays.</summary>
    FillEmpty,
}
