namespace IntervalsIcu.Core.Requests;

/// <summary>What an operation takes as its request body.</summary>
public enum IcuBodyKind
{
    None,

    /// <summary>A JSON document.</summary>
    Json,

    /// <summary>
    /// A file as <c>multipart/form-data</c> with a part named <c>file</c>. The spec declares some of these as
    /// JSON with a binary <c>file</c> property; the server wants multipart (api-facts §1).
    /// </summary>
    Multipart,
}
