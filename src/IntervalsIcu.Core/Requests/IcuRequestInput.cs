namespace IntervalsIcu.Core.Requests;

/// <summary>
/// What the caller asked for: an operation by its operationId, or a method and a path relative to
/// <c>/api/v1</c>; the values of its parameters; a JSON body or a file to upload; where to save a file answer.
/// </summary>
public sealed record IcuRequestInput
{
    public string? OperationId { get; init; }

    public string? Method { get; init; }

    public string? Path { get; init; }

    /// <summary>Fills the athlete path parameter instead of the session's athlete.</summary>
    public string? AthleteId { get; init; }

    public IReadOnlyDictionary<string, object?> PathParameters { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Query { get; init; } = new Dictionary<string, object?>();

    /// <summary>JSON text, or an object System.Text.Json serializes (dictionaries, lists, values, JsonNode).</summary>
    public object? Body { get; init; }

    /// <summary>A file sent as multipart/form-data, part <c>file</c>.</summary>
    public string? InFile { get; init; }

    /// <summary>Where to save the answer's body.</summary>
    public string? OutFile { get; init; }
}
