using System.Net;

namespace IntervalsIcu.Core.Http;

/// <summary>Transport settings of one session.</summary>
public sealed record IcuClientOptions
{
    /// <summary>
    /// The server allows 10 requests/s per IP with a short burst (api-facts §3); staying at 8 leaves
    /// room for another tool on the same machine. Every session of the process to the same host shares
    /// one spacing, so parallel runspaces together stay under it.
    /// </summary>
    public double MaxRequestsPerSecond { get; init; } = 8;

    /// <summary>
    /// Requests that may start at once before <see cref="MaxRequestsPerSecond"/> spaces them. The server's
    /// burst is "short" and unpublished; the emulator models 10. Two under it leave room for requests
    /// that reach the server closer together than they left, and for another tool on the machine.
    /// </summary>
    public int Burst { get; init; } = 8;

    /// <summary>One attempt's limit for the answer's headers; a slow server is not waited for forever.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The longest the server may fall silent in the middle of a body (a stalled or trickling answer)
    /// before the attempt ends as a timeout.
    /// </summary>
    public TimeSpan BodyIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The proxy for hosts that are not loopback; null uses the system's (HTTPS_PROXY, the OS settings).
    /// Loopback never goes through a proxy: the emulator is on this machine and plain http would show
    /// the credential to the proxy.
    /// </summary>
    public IWebProxy? Proxy { get; init; }

    public IcuRetryOptions Retry { get; init; } = new();
}
