namespace IntervalsIcu.Emulator.Faults;

/// <summary>A fault waiting for its next <see cref="Remaining"/> matching requests. Mutated only under the injector's lock.</summary>
internal sealed class QueuedFault
{
    public required FaultKind Kind { get; init; }

    public required int Remaining { get; set; }

    /// <summary>Only requests whose path contains this (ordinal) are affected; null means every request.</summary>
    public string? PathContains { get; init; }

    public int StatusCode { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public TimeSpan Delay { get; init; }

    /// <summary>How an echoed credential is shaped, for <see cref="FaultKind.EchoCredential"/>.</summary>
    public CredentialEchoShape EchoShape { get; init; }

    /// <summary>Where a <see cref="FaultKind.Redirect"/> points.</summary>
    public string? Location { get; init; }

    public bool Matches(string path) => PathContains is null || path.Contains(PathContains, StringComparison.Ordinal);
}
