namespace IntervalsIcu.Core.Requests;

/// <summary>
/// One operation of the Intervals.icu API as the spec describes it. <see cref="PathTemplate"/> is
/// relative to <c>/api/v1</c>; <see cref="AthleteParameter"/> names the path parameter that follows
/// <c>/athlete/</c> (<c>id</c> or <c>athleteId</c>), which the session's athlete fills, or null.
/// </summary>
public sealed record IcuOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    string Summary,
    string Tag,
    string? AthleteParameter,
    IReadOnlyList<IcuOperationParameter> Parameters,
    IcuBodyKind Body,
    bool BodyRequired,
    IcuResponseKind Response)
{
    public IEnumerable<IcuOperationParameter> PathParameters => Parameters.Where(p => p.Location == IcuParameterLocation.Path);

    public IEnumerable<IcuOperationParameter> QueryParameters => Parameters.Where(p => p.Location == IcuParameterLocation.Query);

    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
