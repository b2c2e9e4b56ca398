namespace IntervalsIcu.Emulator;

/// <summary>
/// One request as the emulator received it and what it answered. <see cref="StatusCode"/> is 0 when no
/// response was delivered (a dropped connection, or a client that gave up). <see cref="QueryString"/>
/// keeps its leading '?' and is empty without one. <see cref="AthleteId"/> is the athlete the credential
/// resolved to, whatever the path asked for; null for a missing or refused credential.
/// </summary>
public sealed record RecordedRequest(
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string QueryString,
    string? AuthorizationHeader,
    string? UserAgent,
    string? AcceptEncoding,
    string Body,
    int StatusCode,
    string? AthleteId);
