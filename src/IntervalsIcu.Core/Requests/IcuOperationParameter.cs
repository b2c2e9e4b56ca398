namespace IntervalsIcu.Core.Requests;

/// <summary>
/// One path or query parameter of an operation. <see cref="Required"/> is what the module enforces:
/// the spec's flag, except for a path suffix (<c>{ext}</c>, <c>{format}</c>: empty means JSON) and the
/// flags the server defaults although the spec marks them required (<see cref="ServerDefaulted"/>).
/// </summary>
public sealed record IcuOperationParameter(
    string Name,
    IcuParameterLocation Location,
    IcuParameterType Type,
    IcuParameterType? ItemType,
    bool Required,
    bool ServerDefaulted = false,
    bool IsPathSuffix = false)
{
    /// <summary>How the type reads in messages and help: <c>integer</c>, <c>string[]</c>.</summary>
    public string TypeName => Type == IcuParameterType.Array
        ? (ItemType ?? IcuParameterType.String).ToString().ToLowerInvariant() + "[]"
        : Type.ToString().ToLowerInvariant();
}
