namespace IntervalsIcu.Core.Errors;

/// <summary>Why no HTTP answer arrived; each kind has its own fix.</summary>
public enum IcuNetworkFailure
{
    Unknown,
    NameResolution,
    ConnectionRefused,
    Tls,
    ProxyAuthenticationRequired,
    Timeout,
    ConnectionDropped,
}
